/// Limits for long simulations, set by a caller that must stay responsive (the cell runner):
/// a deadline that long work checks cooperatively, and a memory limit for what one state or
/// result may take. Work reads the budget in force on its thread (`ExecutionBudget.current`,
/// set with `ExecutionBudget.with(_:_:)`); without one it runs unlimited, exactly as before.
///
/// Only the throwing (`checked…`) APIs report a passed deadline, as `.timeLimitExceeded`; the
/// trapping APIs trap with the same message, so a caller that sets a deadline calls the twins.
public struct ExecutionBudget: Sendable {
    /// When long work stops; nil for no deadline.
    public var deadline: ContinuousClock.Instant?
    /// The most one state or result may take, in bytes; nil leaves only the machine's own limit
    /// (90% of the memory available).
    public var memoryLimit: Int?

    public init(deadline: ContinuousClock.Instant? = nil, memoryLimit: Int? = nil) {
        self.deadline = deadline
        self.memoryLimit = memoryLimit
    }

    /// No deadline, no memory limit beyond the machine's.
    public static let unlimited = ExecutionBudget()

    /// The budget in force for the current thread or task.
    @TaskLocal public static var current: ExecutionBudget = .unlimited

    /// Runs `body` with `budget` in force.
    @discardableResult
    public static func with<R>(_ budget: ExecutionBudget, _ body: () throws -> R) rethrows -> R {
        try $current.withValue(budget, operation: body)
    }

    /// Throws `.timeLimitExceeded` once the deadline has passed (reads the clock only when
    /// there is a deadline).
    @inline(__always)
    public func checkTime() throws(QSimError) {
        if let deadline, ContinuousClock.now >= deadline { throw .timeLimitExceeded }
    }
}

/// Checks a budget's deadline while work proceeds in units (gates, shots, parameters): the
/// clock is read about every `interval` units of `weight` (e.g. amplitudes touched), so the
/// checks cost nothing measurable on small states and react within one gate on large ones.
struct DeadlineTicker {
    let budget: ExecutionBudget
    private var credit: Int
    private let interval: Int

    init(_ budget: ExecutionBudget = .current, interval: Int = 1 << 16) {
        self.budget = budget
        self.interval = interval
        credit = interval
    }

    /// Counts `weight` units of work; checks the deadline when the credit runs out.
    @inline(__always)
    mutating func tick(_ weight: Int = 1) throws(QSimError) {
        guard budget.deadline != nil else { return }
        credit -= weight
        if credit <= 0 {
            credit = interval
            try budget.checkTime()
        }
    }
}
