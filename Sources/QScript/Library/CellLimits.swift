/// What a library may need to know of the cell that calls it: when its time runs out and how
/// much memory it may take. `Library`'s environment receives it around each cell.
public struct CellLimits: Sendable {
    /// The cell's time limit in seconds, and the moment it runs out.
    public let timeout: Double
    public let deadline: ContinuousClock.Instant
    /// Bytes the cell may allocate, when set (by the session or the cell's own option); nil
    /// leaves the choice to the library (Prelude takes half of the available memory).
    public let memoryBytes: Int?
    /// Writes text into the cell's output, in order with what the cell prints: for library
    /// work that reports as it goes (a check's outcomes), which must not go to the process's own
    /// standard output.
    public let write: @Sendable (String) -> Void

    public init(timeout: Double, deadline: ContinuousClock.Instant, memoryBytes: Int?,
                write: @escaping @Sendable (String) -> Void = { _ in }) {
        self.timeout = timeout
        self.deadline = deadline
        self.memoryBytes = memoryBytes
        self.write = write
    }
}
