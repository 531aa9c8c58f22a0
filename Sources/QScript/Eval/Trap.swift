/// A run-time error: what Swift would trap on (overflow, index out of range, ...), or a limit.
///
/// A class, so that every `throws(Trap)` closure returns its error in a register rather than
/// through a caller-provided buffer: traps are rare, calls are not.
final class Trap: Error {
    let id: String
    let message: String
    let loc: SourceLoc
    let notes: [Diagnostic.Note]
    /// For an error raised by `throw` (see `Checker+Errors`): the error, which `catch` may take.
    nonisolated(unsafe) var thrownError: Existential?
    /// For a thrown error leaving a function with `inout` parameters: their values at that
    /// moment, which the call writes back (Swift copies `inout` values out on a throw too).
    nonisolated(unsafe) var inoutFinals: [Value]?

    init(id: String, message: String, loc: SourceLoc, notes: [Diagnostic.Note] = []) {
        self.id = id
        self.message = message
        self.loc = loc
        self.notes = notes
    }

    /// The diagnostic as reported by cell `current` (a trap in code of an earlier cell keeps
    /// that cell's number).
    func diagnostic(reportedBy current: Int) -> Diagnostic {
        Diagnostic(id: id, message: message, at: loc, notes: notes).relative(to: current)
    }
}

/// What reading a variable that has no value yet traps with.
func uninitializedTrap(_ name: String, _ loc: SourceLoc) -> Trap {
    Trap(id: "uninitialized", message: "variable '\(name)' used before being initialized", loc: loc)
}

/// What an array index outside `0..<count` traps with.
func indexOutOfRangeTrap(_ loc: SourceLoc, _ i: Int, _ count: Int) -> Trap {
    Trap(id: "index-out-of-range", message: "Index out of range (index \(i), count \(count))", loc: loc)
}

/// How a statement finished.
enum Flow: Equatable {
    case normal
    /// `break`/`continue` carry the id of the loop or switch they leave.
    case breakLoop(Int)
    case continueLoop(Int)
    /// The function's result is already in slot 0 of its frame.
    case returned
}

/// A frame pointer: slot 0 of the running function's frame.
typealias Frame = UnsafeMutablePointer<Value>
typealias ValueCode = (Frame) throws(Trap) -> Value
typealias IntCode = (Frame) throws(Trap) -> Int
typealias DoubleCode = (Frame) throws(Trap) -> Double
typealias BoolCode = (Frame) throws(Trap) -> Bool
typealias Exec = (Frame) throws(Trap) -> Flow
