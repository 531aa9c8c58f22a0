import Foundation

/// Mutable run-time state shared by all compiled code of one session, reached through a stable
/// pointer (no ARC, no exclusivity checks in hot paths).
struct MachineState {
    /// Counts loop back-edges and calls down; at zero the clock is read (every `clockInterval`
    /// ticks). A countdown is one decrement and one branch on the hot path.
    var ticksLeft: Int = clockInterval
    static let clockInterval = 4096
    var deadline: UInt64 = .max
    /// The cell's time limit in seconds, for messages.
    var timeoutSeconds: Double = 60
    /// Calls that may still be entered before the recursion limit (`maxDepth` at the start).
    var depthLeft: Int = 120_000
    var maxDepth: Int = 120_000
    /// The first free slot of the value stack.
    var top: Frame
    var stackEnd: Frame
    var maxAllocation: Int = 1 << 30
    var cancelledByTimeout = false
}

/// The evaluator's run-time: the value stack, the limits, and the cell's output.
final class Machine {
    let state: UnsafeMutablePointer<MachineState>
    let stack: Frame
    let output = OutputBuffer()

    init(stackCapacity: Int = 1 << 20) {
        // Untouched pages of a large allocation are never committed, so this is cheap.
        stack = .allocate(capacity: stackCapacity)
        state = .allocate(capacity: 1)
        state.initialize(to: MachineState(top: stack, stackEnd: stack + stackCapacity))
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
        stack.deallocate()
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    func startCell(timeout: Double, maxDepth: Int) {
        state.pointee.ticksLeft = MachineState.clockInterval
        state.pointee.maxDepth = maxDepth
        state.pointee.depthLeft = maxDepth
        state.pointee.cancelledByTimeout = false
        state.pointee.timeoutSeconds = timeout
        let ns = timeout * 1e9
        state.pointee.deadline = ns >= Double(UInt64.max / 2) ? .max : Machine.now() &+ UInt64(max(0, ns))
    }
}

/// Called every `clockInterval` ticks; kept out of line so the hot path stays small.
@inline(never)
func checkClock(_ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) throws(Trap) {
    m.pointee.ticksLeft = MachineState.clockInterval
    if Machine.now() > m.pointee.deadline {
        m.pointee.cancelledByTimeout = true
        throw timeoutTrap(loc, seconds: m.pointee.timeoutSeconds)
    }
}

/// The cell ran out of time: in its own code, or inside a library call that checks the deadline.
func timeoutTrap(_ loc: SourceLoc, seconds: Double?) -> Trap {
    let limit = seconds.map { " of \(formatSeconds($0))" } ?? ""
    return Trap(id: "timeout", message: "the cell ran longer than its time limit\(limit)", loc: loc,
                notes: [Diagnostic.Note(message: "raise it with '//| timeout: N' (seconds) if the work is meant to take longer")])
}

/// "60 s", "0.5 s", "1.25 s".
func formatSeconds(_ s: Double) -> String {
    if s == s.rounded(), abs(s) < 1e15 { return "\(Int(s)) s" }
    return "\((s * 1000).rounded() / 1000) s"
}

@inline(__always)
func tick(_ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) throws(Trap) {
    m.pointee.ticksLeft &-= 1
    if m.pointee.ticksLeft == 0 { try checkClock(m, loc) }
}

/// Refuses to grow a collection past the one-allocation limit, so a runaway loop that keeps
/// appending ends with a diagnostic instead of exhausting the machine's memory.
@inline(__always)
func growthCheck(_ count: Int, _ elementBytes: Int, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) throws(Trap) {
    if count &* elementBytes > m.pointee.maxAllocation { try growthTrap(count, elementBytes, m, loc) }
}

@inline(never)
func growthTrap(_ count: Int, _ elementBytes: Int, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) throws(Trap) {
    throw Trap(id: "allocation-limit", message: "refusing to grow a collection to \(count) elements (\(ByteCount.format(count &* elementBytes))); the limit for one allocation is \(ByteCount.format(m.pointee.maxAllocation))", loc: loc)
}
