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

    @inline(never)
    static func recursionTrap(_ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) -> Trap {
        Trap(id: "recursion-limit", message: "maximum recursion depth (\(m.pointee.maxDepth) calls) exceeded; a compiled Swift program overflows its stack at about this depth", loc: loc)
    }

    @inline(never)
    static func missingReturnTrap(_ f: Function, _ loc: SourceLoc) -> Trap {
        Trap(id: "missing-return", message: "'\(f.name)' ended without returning a value", loc: loc)
    }

    /// Claims `size` slots at `fp`, the top of the value stack: the recursion limit (depth and
    /// stack room), then one tick of the time limit.
    @inline(__always)
    static func push(_ fp: Frame, _ size: Int, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) throws(Trap) {
        if m.pointee.depthLeft <= 0 || fp + size > m.pointee.stackEnd { throw recursionTrap(m, loc) }
        try tick(m, loc)
        m.pointee.top = fp + size
        m.pointee.depthLeft &-= 1
    }

    @inline(__always)
    static func pop(_ fp: Frame, _ m: UnsafeMutablePointer<MachineState>) {
        m.pointee.top = fp
        m.pointee.depthLeft &+= 1
    }

    /// Locals start as `.void`: stores into a slot release its old value, so it must hold one.
    @inline(__always)
    static func initializeLocals(_ fp: Frame, from first: Int, to size: Int) {
        var i = first
        while i < size {
            (fp + i).initialize(to: .void)
            i &+= 1
        }
    }

    /// Runs `f` with a frame whose argument slots `setup` fills; the result is slot 0's value.
    @inline(__always)
    static func enter(_ f: Function, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc,
                      _ args: Int, _ setup: (Frame) -> Void) throws(Trap) -> Value {
        try f.withBody { (b) throws(Trap) -> Value in try enter(b, f, m, loc, args, setup) }
    }

    @inline(__always)
    static func enter(_ b: Function.Body, _ f: Function, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc,
                      _ args: Int, _ setup: (Frame) -> Void) throws(Trap) -> Value {
        let fp = m.pointee.top
        let size = b.frameSize
        try push(fp, size, m, loc)
        fp.initialize(to: .void)
        setup(fp)
        initializeLocals(fp, from: args + 1, to: size)
        if f.hasCaptures {
            let caps = f.captures
            let slots = f.captureSlots
            for k in caps.indices { fp[slots[k]] = .box(caps[k]) }
        }
        let result: Value
        do {
            _ = try b.run(fp)
            result = fp.move()
        } catch {
            _ = fp.move()
            leave(fp, size, b.trivialFrame, m)
            throw error
        }
        leave(fp, size, b.trivialFrame, m)
        if b.mustReturn, case .void = result { throw missingReturnTrap(f, loc) }
        return result
    }

    /// Releases the frame's slots 1... (slot 0 was moved out) unless they hold only trivial values.
    @inline(__always)
    static func leave(_ fp: Frame, _ size: Int, _ trivial: Bool, _ m: UnsafeMutablePointer<MachineState>) {
        if !trivial, size > 1 { (fp + 1).deinitialize(count: size - 1) }
        pop(fp, m)
    }

    /// A call for an `Int` result. When the body computes its result as an `IntCode` and its
    /// frame holds only trivial values, no `Value` is built and nothing is released: claim the
    /// slots, store the arguments, run, give the slots back. (Slot 0, the result slot of the
    /// statement form, is neither read nor written on this path, so it stays uninitialised.)
    @inline(__always)
    static func enterInt(_ f: Function, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc,
                         _ args: Int, _ setup: (Frame) -> Void) throws(Trap) -> Int {
        try f.withBody { (b) throws(Trap) -> Int in
            guard b.runsInt else {
                return try enter(b, f, m, loc, args, setup).int
            }
            let fp = m.pointee.top
            let size = b.frameSize
            try push(fp, size, m, loc)
            setup(fp)
            initializeLocals(fp, from: args + 1, to: size)
            defer { pop(fp, m) }
            return try b.int(fp)
        }
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
                return try call1(f, try a0(fp), m, loc).int
            }
        case (1, .double):
            let a0 = args[0].run
            return .double { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                return try call1(f, try a0(fp), m, loc).double
            }
        case (2, .int):
            let a0 = args[0].run, a1 = args[1].run
            return .int { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                let x = try a0(fp)
                return try call2(f, x, try a1(fp), m, loc).int
            }
        case (2, .double):
            let a0 = args[0].run, a1 = args[1].run
            return .double { fp throws(Trap) in
                let f = try function(g, d, fp, n, loc)
                let x = try a0(fp)
                return try call2(f, x, try a1(fp), m, loc).double
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
        // Int arguments and an Int result: no `Value` is built or copied on the way, and a
        // one-argument call computes `n`, `n - 1`, `k` inline (no closure for the argument).
        if result == .int, args.count == 1, let shape = args[0].intShape {
            return .int(DirectIntCall.code(f, shape, m, loc))
        }
        if result == .int, args.count == 2, let a0 = args[0].int, let a1 = args[1].int {
            return .int { fp throws(Trap) in
                let x = try a0(fp)
                let y = try a1(fp)
                return try enterInt(f, m, loc, 2) { frame in
                    (frame + 1).initialize(to: .int(x))
                    (frame + 2).initialize(to: .int(y))
                }
            }
        }
        switch (args.count, result) {
        case (1, .int):
            let a0 = args[0].run
            return .int { fp throws(Trap) in
                return try call1(f, try a0(fp), m, loc).int
            }
        case (1, .double):
            let a0 = args[0].run
            return .double { fp throws(Trap) in
                return try call1(f, try a0(fp), m, loc).double
            }
        case (2, .int):
            let a0 = args[0].run, a1 = args[1].run
            return .int { fp throws(Trap) in
                let x = try a0(fp)
                return try call2(f, x, try a1(fp), m, loc).int
            }
        case (2, .double):
            let a0 = args[0].run, a1 = args[1].run
            return .double { fp throws(Trap) in
                let x = try a0(fp)
                return try call2(f, x, try a1(fp), m, loc).double
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
