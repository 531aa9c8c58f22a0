/// Closures for statement sequencing and loops.
enum Control {
    static func alwaysTrue(_ fp: Frame) throws(Trap) -> Bool { true }

    /// Conditions of `if`/`while`/`guard`, evaluated left to right, stopping at the first false.
    static func all(_ parts: [Test]) -> BoolCode {
        switch parts.count {
        case 1:
            return parts[0].run
        case 2:
            let a = parts[0].run, b = parts[1].run
            return { fp throws(Trap) in
                if !(try a(fp)) { return false }
                return try b(fp)
            }
        default:
            return { fp throws(Trap) in
                for p in parts {
                    if !(try p.run(fp)) { return false }
                }
                return true
            }
        }
    }

    static func sequence(_ execs: [Step]) -> Exec {
        switch execs.count {
        case 0:
            return { _ in .normal }
        case 1:
            return execs[0].run
        case 2:
            let a = execs[0].run, b = execs[1].run
            return { fp throws(Trap) in
                let f = try a(fp)
                guard case .normal = f else { return f }
                return try b(fp)
            }
        case 3:
            let a = execs[0].run, b = execs[1].run, c = execs[2].run
            return { fp throws(Trap) in
                var f = try a(fp)
                guard case .normal = f else { return f }
                f = try b(fp)
                guard case .normal = f else { return f }
                return try c(fp)
            }
        default:
            return { fp throws(Trap) in
                for e in execs {
                    let f = try e.run(fp)
                    guard case .normal = f else { return f }
                }
                return .normal
            }
        }
    }

    /// What a loop does with its body's flow: nil to go on, or the flow to leave with.
    @inline(__always)
    static func loopExit(_ f: Flow, _ id: Int) -> Flow? {
        switch f {
        case .normal: return nil
        case .breakLoop(let t): return t == id ? .normal : f
        case .continueLoop(let t): return t == id ? nil : f
        case .returned: return f
        }
    }

    /// Stores a value into a variable: a global's storage, a boxed local, or a plain slot.
    static func store(_ b: ScopeEntry) -> (Frame, Value) -> Void {
        switch b {
        case .global(let g):
            let r = g.ref
            return { _, v in r.pointer.pointee = v }
        case .local(let v):
            let slot = v.slot
            if v.boxed { return { fp, x in fp[slot] = .box(Ref(x)) } }
            return { fp, x in fp[slot] = x }
        case .function(let sig):
            return store(sig.storage)
        case .poisoned, .overloaded, .declaredType, .genericFunction, .typeAlias:
            return { _, _ in }
        }
    }

    /// `for i in a..<b` / `a...b` with `i` in a plain slot: the hottest loop shape.
    static func countingLoop(slot: Int, _ s: @escaping ValueCode, _ cond: @escaping BoolCode, _ exec: @escaping Exec,
                             _ id: Int, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) -> Exec {
        return { fp throws(Trap) in
            let r = try s(fp).rangeValue
            if r.closed ? r.upper < r.lower : r.upper <= r.lower { return .normal }
            var i = r.lower
            let last = r.closed ? r.upper : r.upper - 1
            while true {
                try tick(m, loc)
                fp[slot] = .int(i)
                if try cond(fp) {
                    if let exit = loopExit(try exec(fp), id) { return exit }
                }
                if i == last { return .normal }
                i += 1
            }
        }
    }

    /// `for` over the materialised elements of a collection.
    static func elementLoop(_ elements: @escaping Sequences.Elements, _ s: @escaping ValueCode, _ bind: @escaping (Frame, Value) -> Void,
                            _ cond: @escaping BoolCode, _ exec: @escaping Exec,
                            _ id: Int, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) -> Exec {
        return { fp throws(Trap) in
            let xs = try elements(try s(fp))
            for x in xs {
                try tick(m, loc)
                bind(fp, x)
                if try cond(fp) {
                    if let exit = loopExit(try exec(fp), id) { return exit }
                }
            }
            return .normal
        }
    }

    /// A `switch`: the first case with a matching pattern runs.
    /// A switch over an enum without associated values: `table[case index]` is the body to
    /// run (-1: none).
    static func tableSwitch(_ subject: @escaping ValueCode, _ table: [Int], _ bodies: [Exec]) -> Exec {
        return { fp throws(Trap) in
            let k = table[try subject(fp).int]
            return k < 0 ? .normal : try bodies[k](fp)
        }
    }

    static func switchCode(_ subject: @escaping ValueCode,
                           _ cases: [(matchers: [(Frame, Value) throws(Trap) -> Bool], body: Exec)]) -> Exec {
        return { fp throws(Trap) in
            let v = try subject(fp)
            for c in cases {
                for match in c.matchers {
                    if try match(fp, v) { return try c.body(fp) }
                }
            }
            return .normal
        }
    }
}
