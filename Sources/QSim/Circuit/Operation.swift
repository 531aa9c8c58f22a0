/// A gate placed on qubits: `targets` in the gate's matrix order, plus `controls` (all must be
/// |1⟩ for the gate to act). `cnot(0, 1)` is `Operation(.x, targets: [1], controls: [0])`.
public struct Operation: Codable, Hashable, Sendable {
    public var gate: Gate
    public var targets: [Int]
    public var controls: [Int]

    public init(_ gate: Gate, targets: [Int], controls: [Int] = []) {
        self.gate = gate
        self.targets = targets
        self.controls = controls
    }

    /// Controls then targets.
    public var qubits: [Int] { controls + targets }

    /// The conventional name: "cnot", "cz", "ccx", "cswap", "crx", … ("c" per control otherwise).
    public var name: String {
        switch (controls.count, gate.kind) {
        case (0, _): return gate.name
        case (1, .x): return "cnot"
        case (2, .x): return "ccx"
        case (1, .phase): return "cp"
        default: return String(repeating: "c", count: controls.count) + gate.name
        }
    }

    /// The inverse operation (same qubits).
    public var inverse: Operation { Operation(gate.inverse, targets: targets, controls: controls) }
}
