/// A run-time value. Values carry no type: the checker knows every static type, and the
/// evaluator's specialised closures know which case to expect. Collections are Swift's own
/// copy-on-write containers, so value semantics come for free; mutation goes through
/// take-modify-put-back so buffers stay uniquely referenced.
enum Value {
    case int(Int)
    case double(Double)
    case bool(Bool)
    // Large or rare payloads are boxed (`indirect`) so a `Value` stays 9 bytes (stride 16):
    // copies are cheap and `[Value]` is dense.
    indirect case string(String)
    indirect case character(Character)
    case array([Value])
    indirect case dictionary(DictionaryValue)
    case tuple([Value])
    case function(Function)
    case native(NativeBox)
    /// `Optional.none`. `Optional.some(x)` is represented by `x` itself (nested optionals are
    /// rejected by the checker, so this is unambiguous).
    case none
    /// A variable captured by a closure lives in a box shared by the frame and the closures.
    case box(Ref)
    /// A range or stride: lower bound, upper bound (or end), step; `closed` for `...`/`through:`.
    indirect case range(RangeValue)
    indirect case doubleStride(DoubleStride)
    /// A value of type `Any` or `any Error`, with its dynamic type.
    indirect case existential(Existential)
    case void

    @inline(__always) var int: Int {
        if case .int(let v) = self { return v }
        unreachableCase()
    }

    @inline(__always) var double: Double {
        if case .double(let v) = self { return v }
        unreachableCase()
    }

    @inline(__always) var bool: Bool {
        if case .bool(let v) = self { return v }
        unreachableCase()
    }

    var string: String {
        if case .string(let v) = self { return v }
        unreachableCase()
    }

    var character: Character {
        if case .character(let v) = self { return v }
        unreachableCase()
    }

    var array: [Value] {
        if case .array(let v) = self { return v }
        unreachableCase()
    }

    var tuple: [Value] {
        if case .tuple(let v) = self { return v }
        unreachableCase()
    }

    var dictionary: DictionaryValue {
        if case .dictionary(let v) = self { return v }
        unreachableCase()
    }

    var function: Function {
        if case .function(let v) = self { return v }
        unreachableCase()
    }

    var native: NativeBox {
        if case .native(let v) = self { return v }
        unreachableCase()
    }

    var rangeValue: RangeValue {
        if case .range(let v) = self { return v }
        unreachableCase()
    }

    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}

/// The checker guarantees each value's case; reaching here is a bug in QScript, not in a cell.
@inline(never)
func unreachableCase(_ file: StaticString = #file, _ line: UInt = #line) -> Never {
    fatalError("QScript internal error: value of unexpected kind", file: file, line: line)
}

/// A value boxed as `Any` or `any Error`: casts and `catch` patterns test its type, printing
/// describes it as its own type.
struct Existential {
    var value: Value
    var type: QType
}

struct RangeValue: Hashable {
    var lower: Int
    var upper: Int
    var step: Int
    var closed: Bool

    /// Number of elements, clamped at zero (and at Int.max for ranges too large to count).
    var count: Int {
        let end: Int
        if step > 0 {
            end = closed ? upper : upper &- 1
            if end < lower || (!closed && upper == .min) { return 0 }
            let (d, o) = end.subtractingReportingOverflow(lower)
            return o ? .max : d / step &+ 1
        } else {
            end = closed ? upper : upper &+ 1
            if end > lower || (!closed && upper == .max) { return 0 }
            let (d, o) = lower.subtractingReportingOverflow(end)
            return o ? .max : d / (0 &- step) &+ 1
        }
    }
}

struct DoubleStride {
    var from: Double
    var to: Double
    var by: Double
    var through: Bool

    /// Swift's `stride(from:to:by:)` over floating point computes `from + i * by` (not repeated
    /// addition), which is what this reproduces.
    var elements: [Double] {
        var result: [Double] = []
        var i = 0.0
        while true {
            let x = from + i * by
            if by > 0 ? (through ? x > to : x >= to) : (through ? x < to : x <= to) { break }
            result.append(x)
            i += 1
            if result.count > 100_000_000 { break }
        }
        return result
    }
}

/// Reads of a value whose case the checker has fixed: a captured variable's box, or a slot of
/// a known type (any other case there means the variable was never initialised).
extension Value {
    var boxPointer: UnsafeMutablePointer<Value> {
        if case .box(let r) = self { return r.pointer }
        unreachableCase()
    }

    @inline(__always) func checkedInt(_ name: String, _ loc: SourceLoc) throws(Trap) -> Int {
        if case .int(let v) = self { return v }
        throw uninitializedTrap(name, loc)
    }

    @inline(__always) func checkedDouble(_ name: String, _ loc: SourceLoc) throws(Trap) -> Double {
        if case .double(let v) = self { return v }
        throw uninitializedTrap(name, loc)
    }

    @inline(__always) func checkedBool(_ name: String, _ loc: SourceLoc) throws(Trap) -> Bool {
        if case .bool(let v) = self { return v }
        throw uninitializedTrap(name, loc)
    }
}

extension Value {
    var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    var doubleValue: Double? {
        if case .double(let d) = self { return d }
        return nil
    }
}
