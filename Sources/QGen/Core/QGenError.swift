import QSim

/// Every error QGen reports. As in QSim, each trapping API has a throwing twin (`checked…`, or a
/// static `checked(...)` factory) that throws one of these; the trapping form calls the twin.
public enum QGenError: Error, Equatable, Sendable {
    /// An argument outside what the API accepts; the message says what and why.
    case invalidArgument(String)
    /// Two distributions (or a distribution and a model) over different numbers of bits.
    case sizeMismatch(what: String, expected: Int, got: Int)
    /// An error from the simulator underneath (a time or memory limit, a bad circuit).
    case simulator(QSimError)
    /// A training run whose loss or gradient became NaN or infinite.
    case diverged(step: Int)
}

extension QGenError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .invalidArgument(message): return message
        case let .sizeMismatch(what, expected, got): return "\(what): expected \(expected), got \(got)"
        case let .simulator(error): return error.description
        case let .diverged(step): return "training diverged at step \(step): the loss or its gradient is not finite"
        }
    }
}

/// Runs a throwing twin and traps with its error's message.
@inline(__always)
func orTrap<T>(_ body: () throws -> T) -> T {
    do { return try body() } catch { preconditionFailure("\(error)") }
}

/// Runs QSim work, wrapping its errors.
@inline(__always)
func sim<T>(_ body: () throws(QSimError) -> T) throws(QGenError) -> T {
    do { return try body() } catch { throw .simulator(error) }
}

@inline(__always)
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(QGenError) {
    if !condition { throw .invalidArgument(message()) }
}
