/// Compiled code for one expression, specialised by its run-time representation so Int, Double
/// and Bool arithmetic never boxes intermediate results into `Value`.
enum Code {
    case int(IntCode)
    case double(DoubleCode)
    case bool(BoolCode)
    case value(ValueCode)

    var value: ValueCode {
        switch self {
        case .value(let f): return f
        case .int(let f): return { fp throws(Trap) in .int(try f(fp)) }
        case .double(let f): return { fp throws(Trap) in .double(try f(fp)) }
        case .bool(let f): return { fp throws(Trap) in .bool(try f(fp)) }
        }
    }

    var int: IntCode {
        switch self {
        case .int(let f): return f
        case .value(let f): return { fp throws(Trap) in try f(fp).int }
        default: return { _ throws(Trap) in unreachableCase() }
        }
    }

    var double: DoubleCode {
        switch self {
        case .double(let f): return f
        case .value(let f): return { fp throws(Trap) in try f(fp).double }
        default: return { _ throws(Trap) in unreachableCase() }
        }
    }

    var bool: BoolCode {
        switch self {
        case .bool(let f): return f
        case .value(let f): return { fp throws(Trap) in try f(fp).bool }
        default: return { _ throws(Trap) in unreachableCase() }
        }
    }

    /// Code of the right specialisation for a value of static type `type`.
    static func make(_ type: QType, _ f: @escaping ValueCode) -> Code {
        switch type {
        case .int: .int { fp throws(Trap) in try f(fp).int }
        case .double: .double { fp throws(Trap) in try f(fp).double }
        case .bool: .bool { fp throws(Trap) in try f(fp).bool }
        default: .value(f)
        }
    }

    /// A constant.
    static func constant(_ v: Value) -> Code {
        switch v {
        case .int(let i): .int { _ in i }
        case .double(let d): .double { _ in d }
        case .bool(let b): .bool { _ in b }
        default: .value { _ in v }
        }
    }
}

/// An expression after checking: its static type and its code.
struct Typed {
    var type: QType
    var code: Code
    /// The value, when the expression is a compile-time constant (literals and folded arithmetic
    /// on them), so that Swift's compile-time overflow and division-by-zero errors can be given.
    var constant: Value? = nil
    /// Set when the expression reads a plain local slot (for specialised operators).
    var slot: (index: Int, name: String)? = nil
    /// Set by `Int` expressions that calls and function bodies can compute inline (a slot read,
    /// `slot ± c`, `a + b`); see `intShape`.
    var shape: IntShape? = nil
    /// Set by an `Int` comparison of a slot with a constant (tested inline by function bodies).
    var test: IntTest? = nil

    init(_ type: QType, _ code: Code, constant: Value? = nil, slot: (index: Int, name: String)? = nil) {
        self.type = type
        self.code = code
        self.constant = constant
        self.slot = slot
    }

    /// The expression's shape, when it is an `Int`.
    var intShape: IntShape? {
        guard case .int(let f) = code else { return nil }
        if let c = constant?.intValue { return .constant(c) }
        return shape ?? .code(f)
    }

    var intOperand: IntOperand {
        if let c = constant?.intValue { return .constant(c) }
        if let s = slot { return .slot(s.index, name: s.name) }
        return .code(code.int)
    }

    var doubleOperand: DoubleOperand {
        if let c = constant?.doubleValue { return .constant(c) }
        if let s = slot { return .slot(s.index, name: s.name) }
        return .code(code.double)
    }
}

/// Closures kept in arrays are wrapped in these non-generic structs. Stored directly, a closure
/// in an `Array` is re-abstracted (wrapped in a thunk) on the way in and again on the way out,
/// which doubles the cost of every call through it.
struct Step {
    let run: Exec
}

struct Operand {
    let run: ValueCode
    /// Set when the argument is an `Int`, so calls can build its slot without a `Value` detour.
    let int: IntCode?
    /// Set when the argument is an `Int` of a shape calls compute inline.
    let intShape: IntShape?

    init(_ typed: Typed) {
        run = typed.code.value
        if case .int(let f) = typed.code { int = f } else { int = nil }
        intShape = typed.intShape
    }
}

struct Test {
    let run: BoolCode
}

/// The values of `codes`, in order (array and tuple literals).
@inline(__always)
func evaluateAll(_ codes: [ValueCode], _ fp: Frame) throws(Trap) -> [Value] {
    var out: [Value] = []
    out.reserveCapacity(codes.count)
    for c in codes { out.append(try c(fp)) }
    return out
}
