/// The `//| key: value` lines at the top of a cell (Quarto's convention in Swift comment syntax,
/// so a cell stays valid Swift).
public struct CellOptions: Sendable, Hashable {
    /// A name for the cell, unique in its tutorial; errors and outputs refer to it.
    public var label: String?
    /// Show the cell's source on the page.
    public var echo = true
    /// Show the cell's outputs on the page.
    public var output = true
    /// Run the cell at all.
    public var eval = true
    /// Seconds the cell may run before it is stopped (the session's default when nil).
    public var timeout: Double?
    /// Bytes the cell's library work may take, e.g. a large state vector (half of the
    /// available memory when nil).
    public var memory: Int?
    /// The cell demonstrates an error: failing is what it should do.
    public var expectError = false
    /// Code-exercise roles: the starter code, its hidden check, its reference solution.
    public var exercise: String?
    public var check: String?
    public var solution: String?
    /// Grader self-tests: another correct answer (must pass the check) and a wrong one (must fail).
    public var alternative: String?
    public var mutant: String?
    /// The hints of a code exercise, in the order `qbook hint` reveals them (`//| hint:` may repeat).
    public var hints: [String] = []

    public init() {}

    /// What the option keys mean, for error messages and documentation.
    public static let keys: [(key: String, meaning: String)] = [
        ("label", "a name for the cell, unique in the tutorial"),
        ("echo", "true or false: show the source"),
        ("output", "true or false: show the outputs"),
        ("eval", "true or false: run the cell"),
        ("timeout", "seconds the cell may run"),
        ("memory", "how much memory the cell may take, e.g. 20GB or 512MiB"),
        ("expect-error", "true or false: the cell demonstrates an error"),
        ("exercise", "the id of a code exercise whose starter code this is"),
        ("check", "the id of the exercise this cell checks (hidden)"),
        ("solution", "the id of the exercise this cell solves"),
        ("alternative", "the id of an exercise this cell also solves (the grader must accept it)"),
        ("mutant", "the id of an exercise this cell answers wrongly (the grader must reject it)"),
        ("hint", "a hint for the exercise, revealed in order by 'qbook hint' (may repeat)"),
    ]

    /// The exercise this cell belongs to, whatever its role.
    public var exerciseID: String? { exercise ?? check ?? solution ?? alternative ?? mutant }
}
