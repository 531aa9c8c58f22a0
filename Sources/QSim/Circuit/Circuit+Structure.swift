extension Circuit {
    /// The inverse circuit U†: operations reversed, each inverted; parameters are shared, so
    /// `c + c.inverse()` is the identity for any parameter values.
    public func inverse() -> Circuit {
        var out = self
        out.replaceOperations(operations.reversed().map(\.inverse))
        return out
    }

    /// Number of layers when every gate starts as early as its qubits (controls included) allow.
    public var depth: Int {
        var level = [Int](repeating: 0, count: qubits)
        var deepest = 0
        for op in operations where op.gate.kind != .identity {
            let qs = op.qubits
            let d = qs.map { level[$0] }.max()! + 1
            for q in qs { level[q] = d }
            deepest = max(deepest, d)
        }
        return deepest
    }

    /// How many times each operation name occurs ("h", "cnot", "rx", "ccx", …).
    public var gateCounts: [String: Int] {
        var counts: [String: Int] = [:]
        for op in operations { counts[op.name, default: 0] += 1 }
        return counts
    }

    /// Number of operations.
    public var gateCount: Int { operations.count }

    /// Which operations read each parameter: `parameterUses[p]` = indices into `operations`.
    public var parameterUses: [[Int]] {
        var uses = [[Int]](repeating: [], count: parameterCount)
        for (i, op) in operations.enumerated() {
            for a in op.gate.angles { if let p = a.parameter, !uses[p.index].contains(i) { uses[p.index].append(i) } }
        }
        return uses
    }

    /// The circuit with its parameters replaced by their current values (constants).
    public func bound() -> Circuit {
        bound(to: parameterValues)
    }

    /// The circuit with parameters replaced by the given values; the result has no parameters.
    public func bound(to values: [Double]) -> Circuit {
        orTrap { try checkedBound(to: values) }
    }

    /// `bound(to:)`, throwing instead of trapping.
    public func checkedBound(to values: [Double]) throws(QSimError) -> Circuit {
        try validate(parameters: values)
        var out = Circuit(qubits: qubits)
        for op in operations {
            let angles = op.gate.angles.map { Angle.constant($0.value(values)) }
            out.appendUnchecked(Operation(Gate(op.gate.kind, angles: angles), targets: op.targets, controls: op.controls))
        }
        return out
    }
}

extension Circuit: CustomStringConvertible {
    /// The text diagram (see `diagram()`).
    public var description: String { diagram() }
}
