import Grading
import QGen
import QScript
import QSim

/// Whether the running cell set its memory limit itself (`//| memory:`), for messages.
enum CellMemory {
    @TaskLocal static var setByCell = false
}

/// QSim and QGen as tutorial cells see them: the course library registered into QScript with
/// the names Swift code uses (DESIGN.md, "Stable core API"), so a cell means what the same code
/// means in a Swift program that imports the library.
///
/// Every binding calls the throwing twin of the API it exposes (`try c.checkedRun()` for
/// `c.run()`), so bad input in a cell becomes a located error with the message a compiled
/// program would trap with, never a trap of the process; and the cell's time and memory limits
/// hold inside the library (`ExecutionBudget`).
public enum Prelude {
    /// A library with every binding; build one per session.
    /// `progress` receives what long library work reports (a training step, its loss) while a
    /// cell runs.
    public static func library(collecting expectations: Expectations? = nil,
                               progress: (@Sendable (String) -> Void)? = nil) -> Library {
        Library(bindings: bindings, environment: { limits, run in
            // The cell's deadline and memory limit hold inside every QSim call it makes, and a
            // check's `expect(...)` outcomes go to the runner's collector.
            let memory = limits.memoryBytes ?? MemoryGuard.availableBytes() / 2
            let budget = ExecutionBudget(deadline: limits.deadline, memoryLimit: memory)
            CellMemory.$setByCell.withValue(limits.memoryBytes != nil) {
                Expectations.$current.withValue(expectations) {
                    Expectations.$outputSink.withValue(Expectations.OutputSink(limits.write)) {
                        Progress.$reporter.withValue(progress.map(Progress.Reporter.init)) {
                            ExecutionBudget.with(budget) { run() }
                        }
                    }
                }
            }
        }, translateError: translate)
    }

    /// QSim's limit errors as the cell's own: its time limit, its memory limit.
    @Sendable static func translate(_ error: any Error) -> ScriptError? {
        if case let .simulator(inner)? = error as? QGenError { return translate(inner) }
        guard let e = error as? QSimError else { return nil }
        switch e {
        case .timeLimitExceeded:
            return ScriptError(e.description, kind: .timeout)
        case let .memoryLimitExceeded(qubits, need, limit):
            let whose = CellMemory.setByCell ? "this cell's memory limit" : "this cell's memory limit (half of the memory available)"
            return ScriptError("a state of \(qubits) qubits needs \(MemoryGuard.format(bytes: need)), more than \(whose) of \(MemoryGuard.format(bytes: limit))", kind: .memoryLimit)
        case let .resultTooLarge(what, need, limit):
            return ScriptError("\(what) would need \(MemoryGuard.format(bytes: need)), more than this cell's memory limit of \(MemoryGuard.format(bytes: limit))", kind: .memoryLimit)
        default:
            return nil
        }
    }

    /// Every binding of the course library (order does not matter).
    static var bindings: [Binding] {
        observables + stateVector + circuit + circuitOperators + gateValues + gradients + noise + clifford + charts + grading + qgen + gans + autoencoders + boltzmann + iqp + random + bosonSampling
    }

    /// A session for one tutorial, with the course library bound in.
    public static func session(limits: Session.Limits = Session.Limits(),
                               progress: (@Sendable (String) -> Void)? = nil) -> Session {
        Session(limits: limits, library: library(progress: progress))
    }

    /// A session whose cells' `expect(...)` outcomes are collected in `expectations` (in the
    /// order they ran), for checking exercises; without a collector they are printed.
    public static func session(limits: Session.Limits = Session.Limits(), collecting expectations: Expectations) -> Session {
        Session(limits: limits, library: library(collecting: expectations))
    }
}
