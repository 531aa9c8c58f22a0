/// Calling functions: a frame on the value stack, arguments in slots 1..., result in slot 0.
enum Invoke {
    /// Where the function to call comes from: a global (a `func` of a cell, read directly
    /// from its storage) or any expression of function type.
    enum Callee {
        case global(Ref, name: String)
        case value(ValueCode)
        /// A top-level `func`, known when the call is compiled.
        case direct(Function)
    }

    static func recursionTrap(_ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) -> Trap {
        Trap(id: "recursion-limit", message: "maximum recursion depth (\(m.pointee.maxDepth)) exceeded; Swift would crash with a stack overflow here", loc: loc)
    }

    /// Runs `f` with a frame whose argument slots `setup` fills.
    @inline(__always)
    static func enter(_ f: Function, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc,
                      _ args: Int, _ setup: (Frame) -> Void) throws(Trap) -> Value {
        let fp = m.pointee.top
        let size = f.frameSize
        if m.pointee.depth >= m.pointee.maxDepth || m.pointee.stackEnd - fp < size {
            throw recursionTrap(m, loc)
        }
        try tick(m, loc)
        m.pointee.top = fp + size
        m.pointee.depth += 1
        fp.initialize(to: .void)
        setup(fp)
        var i = args + 1
        while i < size {
            (fp + i).initialize(to: .void)
            i += 1
        }
        if f.hasCaptures {
            let caps = f.captures
            let slots = f.captureSlots
            for k in caps.indices { fp[slots[k]] = .box(caps[k]) }
        }
        defer {
            // Slot 0 was moved out on success; on a trap it is still there.
            var j = 1
            while j < size {
                _ = (fp + j).move()
                j += 1
            }
            m.pointee.top = fp
            m.pointee.depth -= 1
        }
        do {
            _ = try f.run(fp)
        } catch {
            _ = fp.move()
            throw error
        }
        let result = fp.move()
        if f.mustReturn, case .void = result {
            throw Trap(id: "missing-return", message: "'\(f.name)' ended without returning a value", loc: loc)
        }
        return result
    }

    static func call(_ f: Function, _ args: [Value], _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) throws(Trap) -> Value {
        return try enter(f, m, loc, args.count) { fp in
            for i in args.indices { (fp + 1 + i).initialize(to: args[i]) }
        }
    }

    @inline(__always)
    static func call1(_ f: Function, _ a: Value, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) throws(Trap) -> Value {
        return try enter(f, m, loc, 1) { fp in (fp + 1).initialize(to: a) }
    }

    @inline(__always)
    static func call2(_ f: Function, _ a: Value, _ b: Value, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) throws(Trap) -> Value {
        return try enter(f, m, loc, 2) { fp in
            (fp + 1).initialize(to: a)
            (fp + 2).initialize(to: b)
        }
    }

    /// The function a callee denotes at run time: read straight from a global's storage, or
    /// computed by code (inlined into each call closure, so a call costs no extra closure).
    @inline(__always)
    static func function(_ global: Ref?, _ dynamic: ValueCode?, _ fp: Frame, _ name: String, _ loc: SourceLoc) throws(Trap) -> Function {
        if let global {
            guard case .function(let f) = global.pointer.pointee else { throw uninitializedTrap(name, loc) }
            return f
        }
        return try dynamic!(fp).function
    }

    /// Code calling `callee` with `args` evaluated left to right, specialised by arity and by
    /// the result's representation (so an `Int` result needs no extra unwrapping closure).
    static func compile(_ callee: Callee, _ args: [Operand], result: QType,
                        _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) -> Code {
        var global: Ref?
        var dynamic: ValueCode?
        var name = "function"
        switch callee {
        case .global(let r, let n):
            global = r
            name = n
        case .value(let c):
            dynamic = c
        case .direct(let f):
            return compileDirect(f, args, result: result, m, loc)
        }
        let g = global, d = dynamic, n = name
        switch (args.count, result) {
        case (1, .int):
            let a0 = args[0].run
            return .int { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                guard case .int(let r) = try call1(f, try a0(fp), m, loc) else { unreachableCase() }
                return r
            }
        case (1, .double):
            let a0 = args[0].run
            return .double { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                guard case .double(let r) = try call1(f, try a0(fp), m, loc) else { unreachableCase() }
                return r
            }
        case (2, .int):
            let a0 = args[0].run, a1 = args[1].run
            return .int { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                let x = try a0(fp)
                guard case .int(let r) = try call2(f, x, try a1(fp), m, loc) else { unreachableCase() }
                return r
            }
        case (2, .double):
            let a0 = args[0].run, a1 = args[1].run
            return .double { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                let x = try a0(fp)
                guard case .double(let r) = try call2(f, x, try a1(fp), m, loc) else { unreachableCase() }
                return r
            }
        case (0, _):
            return .make(result) { fp throws(Trap) in try call(try function(g, d, fp, n, loc), [], m, loc) }
        case (1, _):
            let a0 = args[0].run
            return .make(result) { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                return try call1(f, try a0(fp), m, loc)
            }
        case (2, _):
            let a0 = args[0].run, a1 = args[1].run
            return .make(result) { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                let x = try a0(fp)
                return try call2(f, x, try a1(fp), m, loc)
            }
        default:
            return .make(result) { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                var values: [Value] = []
                values.reserveCapacity(args.count)
                for a in args { values.append(try a.run(fp)) }
                return try call(f, values, m, loc)
            }
        }
    }

    /// Calls of a known function: the closure holds the `Function` itself.
    static func compileDirect(_ f: Function, _ args: [Operand], result: QType,
                              _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) -> Code {
        // Int arguments and an Int result: no `Value` is built or copied on the way.
        if result == .int, args.count == 1, let a0 = args[0].int {
            return .int { fp throws(Trap) in
                let x = try a0(fp)
                guard case .int(let r) = try enter(f, m, loc, 1, { $0.advanced(by: 1).initialize(to: .int(x)) }) else { unreachableCase() }
                return r
            }
        }
        if result == .int, args.count == 2, let a0 = args[0].int, let a1 = args[1].int {
            return .int { fp throws(Trap) in
                let x = try a0(fp)
                let y = try a1(fp)
                guard case .int(let r) = try enter(f, m, loc, 2, { frame in
                    (frame + 1).initialize(to: .int(x))
                    (frame + 2).initialize(to: .int(y))
                }) else { unreachableCase() }
                return r
            }
        }
        switch (args.count, result) {
        case (1, .int):
            let a0 = args[0].run
            return .int { fp throws(Trap) in
                guard case .int(let r) = try call1(f, try a0(fp), m, loc) else { unreachableCase() }
                return r
            }
        case (1, .double):
            let a0 = args[0].run
            return .double { fp throws(Trap) in
                guard case .double(let r) = try call1(f, try a0(fp), m, loc) else { unreachableCase() }
                return r
            }
        case (2, .int):
            let a0 = args[0].run, a1 = args[1].run
            return .int { fp throws(Trap) in
                let x = try a0(fp)
                guard case .int(let r) = try call2(f, x, try a1(fp), m, loc) else { unreachableCase() }
                return r
            }
        case (2, .double):
            let a0 = args[0].run, a1 = args[1].run
            return .double { fp throws(Trap) in
                let x = try a0(fp)
                guard case .double(let r) = try call2(f, x, try a1(fp), m, loc) else { unreachableCase() }
                return r
            }
        case (1, _):
            let a0 = args[0].run
            return .make(result) { fp throws(Trap) in try call1(f, try a0(fp), m, loc) }
        case (2, _):
            let a0 = args[0].run, a1 = args[1].run
            return .make(result) { fp throws(Trap) in
                let x = try a0(fp)
                return try call2(f, x, try a1(fp), m, loc)
            }
        default:
            return .make(result) { fp throws(Trap) in
                var values: [Value] = []
                values.reserveCapacity(args.count)
                for a in args { values.append(try a.run(fp)) }
                return try call(f, values, m, loc)
            }
        }
    }
}
