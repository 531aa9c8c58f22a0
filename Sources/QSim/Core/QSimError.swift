/// Every error QSim reports, in one place (as Yao's `QubitMismatchError` and qulacs'
/// exception header). Each case carries the facts needed for a precise message.
///
/// Every trapping API of QSim has a throwing `validate…` function (or a throwing twin) that
/// checks exactly its preconditions and throws one of these; see README.md, "Errors".
public enum QSimError: Error, Equatable, Sendable {
    /// A qubit index outside `0..<qubits`.
    case qubitOutOfRange(qubit: Int, qubits: Int)
    /// The same qubit used twice in one gate (e.g. `cnot(1, 1)`).
    case duplicateQubits([Int])
    /// A gate given the wrong number of qubits.
    case wrongQubitCount(gate: String, expected: Int, got: Int)
    /// A register size outside what QSim supports for this representation.
    case invalidQubitCount(Int, supported: ClosedRange<Int>)
    /// A state or operator of `qubits` qubits used with one of `expected`.
    case qubitCountMismatch(expected: Int, got: Int)
    /// Amplitudes whose squared norm is not 1 (within 1e-8).
    case notNormalized(normSquared: Double)
    /// An amplitude vector whose length is not a power of two (≥ 2).
    case invalidLength(Int)
    /// A matrix of the wrong size for the qubits it acts on.
    case matrixSize(expected: Int, rows: Int, columns: Int)
    /// A matrix that is not unitary: `deviation` = max |(U†U − I)ᵢⱼ|.
    case notUnitary(deviation: Double)
    /// A state that would not fit in memory: bytes needed and bytes available.
    case insufficientMemory(qubits: Int, bytesNeeded: Int, bytesAvailable: Int)
    /// A state larger than the caller's memory limit (`ExecutionBudget.memoryLimit`).
    case memoryLimitExceeded(qubits: Int, bytesNeeded: Int, limit: Int)
    /// A result (samples, a matrix) larger than the caller's memory limit.
    case resultTooLarge(what: String, bytesNeeded: Int, limit: Int)
    /// The caller's deadline (`ExecutionBudget.deadline`) passed during the work.
    case timeLimitExceeded
    /// A parameter vector of the wrong length.
    case parameterCount(expected: Int, got: Int)
    /// A non-finite number where a finite one is needed.
    case notFinite(what: String)
    /// A shot count below the minimum (0 for sampling, 1 where an estimate needs a shot).
    case invalidShots(Int, minimum: Int)
    /// A probability outside [0, 1], or a distribution that does not sum to 1.
    case invalidProbability(what: String, value: Double)
    /// A gradient vector (dL/dp) of the wrong length.
    case gradientLength(expected: Int, got: Int)
    /// A gate the Clifford tableau cannot simulate.
    case notClifford(gate: String)
    /// A channel or gate that the density-matrix simulator cannot apply.
    case unsupported(String)
    /// Malformed OpenQASM, located at `line`:`column` (1-based) of the source text.
    case qasm(QASMError)
}

/// A located OpenQASM error: 1-based line and column (in Unicode scalars) of the offending token.
public struct QASMError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

extension QSimError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .qubitOutOfRange(q, n):
            return "qubit \(q) is out of range for a register of \(n) qubit\(n == 1 ? "" : "s") (valid: 0...\(n - 1))"
        case let .duplicateQubits(qs):
            return "a gate cannot use the same qubit twice (qubits \(qs))"
        case let .wrongQubitCount(gate, expected, got):
            return "gate \(gate) acts on \(expected) qubit\(expected == 1 ? "" : "s"), got \(got)"
        case let .invalidQubitCount(n, supported):
            return "\(n) qubits is not supported here (supported: \(supported.lowerBound)...\(supported.upperBound))"
        case let .qubitCountMismatch(expected, got):
            return "expected \(expected) qubits, got \(got)"
        case let .notNormalized(n2):
            return "amplitudes must have norm 1, but the sum of |a|² is \(NumberFormat.short(n2, digits: 10))"
        case let .invalidLength(n):
            return "the number of amplitudes must be a power of two (at least 2), got \(n)"
        case let .matrixSize(expected, rows, columns):
            return "matrix must be \(expected)×\(expected), got \(rows)×\(columns)"
        case let .notUnitary(d):
            return "matrix is not unitary (max |U†U − I| = \(NumberFormat.short(d, digits: 3)))"
        case let .insufficientMemory(n, need, have):
            return "a state of \(n) qubits needs \(MemoryGuard.format(bytes: need)), but this machine has \(MemoryGuard.format(bytes: have)) available"
        case let .memoryLimitExceeded(n, need, limit):
            return "a state of \(n) qubits needs \(MemoryGuard.format(bytes: need)), more than the memory limit of \(MemoryGuard.format(bytes: limit))"
        case let .resultTooLarge(what, need, limit):
            return "\(what) would need \(MemoryGuard.format(bytes: need)), more than the memory limit of \(MemoryGuard.format(bytes: limit))"
        case .timeLimitExceeded:
            return "the time limit ran out during the simulation"
        case let .parameterCount(expected, got):
            return "the circuit has \(expected) parameter\(expected == 1 ? "" : "s"), got \(got) value\(got == 1 ? "" : "s")"
        case let .notFinite(what):
            return "\(what) must be a finite number"
        case let .invalidShots(s, minimum):
            return minimum == 0 ? "the number of shots must be non-negative, got \(s)" : "the number of shots must be at least \(minimum), got \(s)"
        case let .invalidProbability(what, value):
            return "\(what) must be a probability in [0, 1], got \(NumberFormat.short(value))"
        case let .gradientLength(expected, got):
            return "dL/dp must have \(expected) entries (one per basis state), got \(got)"
        case let .notClifford(gate):
            return "gate \(gate) is not a Clifford gate supported by the tableau (H, S, X, Y, Z, CNOT, CZ, SWAP)"
        case let .unsupported(what):
            return what
        case let .qasm(e):
            return "QASM \(e.description)"
        }
    }
}

/// Runs a validation and turns a thrown `QSimError` into a trap with its message: how every
/// non-throwing API enforces its preconditions.
@inline(__always)
func requireValid(_ check: () throws -> Void) {
    do { try check() } catch { preconditionFailure("\(error)") }
}

/// Runs a throwing twin and traps with its error's message: how a trapping API is written
/// in terms of its twin, so the two cannot disagree.
@inline(__always)
func orTrap<T>(_ body: () throws -> T) -> T {
    do { return try body() } catch { preconditionFailure("\(error)") }
}
