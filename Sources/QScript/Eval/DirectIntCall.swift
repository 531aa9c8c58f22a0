/// A call of a known function with one `Int` argument for an `Int` result (`fib(n - 1)`), its
/// parts in one object. The closure running the call captures only this reference, so calling
/// the closure loads one word of context; each part is loaded where it is used. (A closure
/// capturing the function, the machine, a `SourceLoc` and the argument's parts separately
/// spent more instructions passing them along than the call itself took.)
final class DirectIntCall {
    let f: Function
    let m: UnsafeMutablePointer<MachineState>
    let loc: SourceLoc
    /// The argument: a slot (with `site` for the unset-variable trap, nil for a parameter),
    /// plus or minus `constant` (overflow reported at `op`), or any code.
    let slot: Int
    let site: Site?
    let constant: Int
    let op: Site
    let argument: IntCode

    private init(_ f: Function, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc,
                 slot: Int = 0, site: Site? = nil, constant: Int = 0, op: Site? = nil, argument: @escaping IntCode) {
        self.f = f
        self.m = m
        self.loc = loc
        self.slot = slot
        self.site = site
        self.constant = constant
        self.op = op ?? Site("call", loc)
        self.argument = argument
    }

    @inline(__always)
    func call(_ x: Int) throws(Trap) -> Int {
        try Invoke.enterInt(f, m, loc, 1) { ($0 + 1).initialize(to: .int(x)) }
    }

    /// Code for the call, specialised by the argument's shape.
    static func code(_ f: Function, _ argument: IntShape, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) -> IntCode {
        let general = argument.code
        switch argument {
        case .constant(let c):
            let node = DirectIntCall(f, m, loc, constant: c, argument: general)
            return { _ throws(Trap) in try node.call(node.constant) }
        case .slot(let s, let site):
            let node = DirectIntCall(f, m, loc, slot: s, site: site, argument: general)
            return { fp throws(Trap) in try node.call(try IntShape.read(fp, node.slot, node.site)) }
        case .slotOffset(let s, let site, let c, let subtract, let op):
            let node = DirectIntCall(f, m, loc, slot: s, site: site, constant: c, op: op, argument: general)
            if subtract {
                return { fp throws(Trap) in
                    try node.call(try IntArithmetic.subtract.apply(try IntShape.read(fp, node.slot, node.site), node.constant, node.op))
                }
            }
            return { fp throws(Trap) in
                try node.call(try IntArithmetic.add.apply(try IntShape.read(fp, node.slot, node.site), node.constant, node.op))
            }
        case .binary, .code:
            let node = DirectIntCall(f, m, loc, argument: general)
            return { fp throws(Trap) in try node.call(try node.argument(fp)) }
        }
    }
}
