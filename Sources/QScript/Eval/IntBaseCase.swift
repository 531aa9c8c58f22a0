/// `if <test> { return <value> }` followed by the rest of a function's `Int` body, with the
/// condition an `Int` comparison of a slot with a constant (`if n < 2 { return n }`): tested,
/// read and, when the rest is `l + r` of two calls (`fib(n - 1) + fib(n - 2)`), added inline.
/// Its parts live in one object, captured by the closure (see `DirectIntCall`).
final class IntBaseCase {
    let test: IntTest
    let value: IntShape
    /// `value`'s parts when it is a constant or a slot.
    let constant: Int
    let slot: Int
    let site: Site?
    /// The rest, as `l <arithmetic> r` (trapping at `op`) when it has that shape.
    let arithmetic: IntArithmetic
    let l: IntCode
    let r: IntCode
    let op: Site
    let rest: IntCode

    private init(_ test: IntTest, _ value: IntShape, _ rest: IntShape) {
        self.test = test
        self.value = value
        var constant = 0, slot = 0
        var site: Site?
        switch value {
        case .constant(let c): constant = c
        case .slot(let s, let v): slot = s; site = v
        default: break
        }
        (self.constant, self.slot, self.site) = (constant, slot, site)
        self.rest = rest.code
        if case .binary(let a, let l, let r, let op) = rest {
            (arithmetic, self.l, self.r, self.op) = (a, l, r, op)
        } else {
            (arithmetic, l, r, op) = (.add, self.rest, self.rest, Site("+", .unknown))
        }
    }

    static func code(_ test: IntTest, _ value: IntShape, _ rest: IntShape) -> IntCode {
        let node = IntBaseCase(test, value, rest)
        switch (value, rest) {
        case (.constant, .binary):
            return { fp throws(Trap) in
                if try node.test.holds(fp) { return node.constant }
                let x = try node.l(fp)
                return try node.arithmetic.apply(x, try node.r(fp), node.op)
            }
        case (.slot, .binary):
            return { fp throws(Trap) in
                if try node.test.holds(fp) { return try IntShape.read(fp, node.slot, node.site) }
                let x = try node.l(fp)
                return try node.arithmetic.apply(x, try node.r(fp), node.op)
            }
        case (.constant, _):
            return { fp throws(Trap) in
                if try node.test.holds(fp) { return node.constant }
                return try node.rest(fp)
            }
        case (.slot, _):
            return { fp throws(Trap) in
                if try node.test.holds(fp) { return try IntShape.read(fp, node.slot, node.site) }
                return try node.rest(fp)
            }
        default:
            return { fp throws(Trap) in
                if try node.test.holds(fp) { return try node.value.value(fp) }
                return try node.rest(fp)
            }
        }
    }
}
