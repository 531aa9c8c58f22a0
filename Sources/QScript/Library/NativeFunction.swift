/// An error a bound library function throws to report a problem in a cell (instead of
/// trapping, which would end the process). It becomes a located diagnostic.
///
/// `argument` and `line`/`column` locate the problem inside a string argument of the call
/// (e.g. a bad token of a QASM program): when that argument is a string literal in the cell,
/// the diagnostic points at the place in the literal, else at the call.
public struct ScriptError: Error, Sendable, CustomStringConvertible {
    /// What the error reports: a problem of the call (the usual case), or one of the cell's
    /// limits running out inside the library (reported like the interpreter's own).
    public enum Kind: Sendable {
        case libraryError, timeout, memoryLimit
    }

    public var kind: Kind
    public var message: String
    public var argument: Int?
    public var line: Int?
    public var column: Int?

    public init(_ message: String, kind: Kind = .libraryError) {
        self.message = message
        self.kind = kind
    }

    /// An error at `line`:`column` (1-based, columns in Characters) of the string passed as
    /// argument number `argument` (0-based).
    public init(_ message: String, argument: Int, line: Int, column: Int) {
        self.kind = .libraryError
        self.message = message
        self.argument = argument
        self.line = line
        self.column = column
    }

    public var description: String { message }
}

/// What a native call knows of the cell calling it: the machine (to call back into the cell's
/// closures) and the call's position.
struct NativeCall {
    let m: UnsafeMutablePointer<MachineState>
    let loc: SourceLoc
}

/// A library function, method, initialiser or operator as QScript sees it.
struct NativeFunction {
    var name: String
    var labels: [String?]
    var params: [QType]
    /// Default values as the signature declared them (nil: the argument is required).
    var defaults: [Expr?]
    var result: QType
    var isMutating: Bool
    /// Identifies the member in `Library.members` and in usage records.
    var key: String
    /// Receiver first (for instance methods), then the arguments.
    var call: (NativeCall, [Value]) throws -> Value
    /// For mutating methods: the receiver's box (uniquely referenced), then the arguments.
    var mutate: ((NativeCall, NativeBox, [Value]) throws -> Value)? = nil

    var hasDefault: [Bool] { defaults.map { $0 != nil } }
}

struct NativeProperty {
    var type: QType
    var key: String
    var getter: (Value) throws -> Value
    var setter: ((inout Value, Value) throws -> Void)?
}

/// Everything bound for one library type or protocol.
final class NativeTypeDescriptor {
    let id: NativeTypeID
    let swiftType: Any.Type
    let isProtocol: Bool
    /// The bound protocols this type conforms to (names).
    var protocols: [String] = []
    var initializers: [NativeFunction] = []
    var methods: [String: [NativeFunction]] = [:]
    var properties: [String: NativeProperty] = [:]
    var statics: [String: NativeFunction] = [:]
    var staticOverloads: [String: [NativeFunction]] = [:]
    var describe: (Any) -> String = { String(describing: $0) }
    var debugDescribe: ((Any) -> String)?
    var display: ((Any) -> RichDisplay?)?
    var equal: ((Any, Any) -> Bool)?
    /// Read-only subscripts, as methods named `subscript` (receiver first, then the indices).
    var subscripts: [NativeFunction] = []
    /// `ExpressibleByIntegerLiteral` / `ExpressibleByFloatLiteral`: the value for a literal.
    var integerLiteral: ((Value) throws -> Any)?
    var floatLiteral: ((Value) throws -> Any)?
    /// `RandomNumberGenerator`: the generator's `next()`, advancing the value in the box.
    var randomNext: ((NativeBox) -> UInt64)?

    init(id: NativeTypeID, swiftType: Any.Type, isProtocol: Bool) {
        self.id = id
        self.swiftType = swiftType
        self.isProtocol = isProtocol
    }
}
