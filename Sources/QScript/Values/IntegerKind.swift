/// Swift's fixed-width integer types other than `Int`. A value is held in an `Int`: the number
/// itself, except for `UInt` and `UInt64`, held by bit pattern (so equality and hashing are the
/// `Int`'s). Every operation converts to the real Swift type and uses its own operator, so
/// overflow, division and shifts behave exactly as compiled code does (see `FixedWidth`).
enum IntegerKind: String, CaseIterable, Hashable, Sendable {
    case int8 = "Int8", int16 = "Int16", int32 = "Int32", int64 = "Int64"
    case uint = "UInt", uint8 = "UInt8", uint16 = "UInt16", uint32 = "UInt32", uint64 = "UInt64"

    var isSigned: Bool {
        switch self {
        case .int8, .int16, .int32, .int64: true
        default: false
        }
    }

    var bitWidth: Int {
        switch self {
        case .int8, .uint8: 8
        case .int16, .uint16: 16
        case .int32, .uint32: 32
        case .int64, .uint64, .uint: 64
        }
    }

    /// The value of an integer literal (or an `Int`) of this type, or nil when it does not fit.
    func exactly(_ v: Int) -> Int? { FixedWidth.convert(v, from: nil, to: self, .exactly) }

    /// `min` and `max`, as held.
    var min: Int {
        func op<T: FixedWidthInteger>(_ t: T.Type) -> Int { Int(truncatingIfNeeded: T.min) }
        return FixedWidth.with(self) { op($0) }
    }

    var max: Int {
        func op<T: FixedWidthInteger>(_ t: T.Type) -> Int { Int(truncatingIfNeeded: T.max) }
        return FixedWidth.with(self) { op($0) }
    }

    /// The decimal text of a held value.
    func text(_ v: Int) -> String {
        func op<T: FixedWidthInteger>(_ t: T.Type) -> String { String(T(truncatingIfNeeded: v)) }
        return FixedWidth.with(self) { op($0) }
    }
}
