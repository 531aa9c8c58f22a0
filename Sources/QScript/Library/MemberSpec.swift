/// A member as a binding declared it, before the library resolves its types: its signature
/// text, the Swift types of its parameters and result, and its body called with `[Any]`.
struct MemberSpec {
    let signature: String
    let params: [Any.Type]
    let result: Any.Type
    /// Arguments in order (for instance methods, the receiver first).
    let body: ([Any]) throws -> Any

    /// A function of the parameter pack `A`.
    init<each A, R>(_ signature: String, _ body: @escaping (repeat each A) throws -> R) {
        self.signature = signature
        var types: [Any.Type] = []
        repeat types.append((each A).self)
        params = types
        result = R.self
        self.body = { args in
            var cursor = ArgumentCursor(args)
            return try body(repeat try cursor.next((each A).self))
        }
    }

    /// An instance method: the receiver `T` first, then the pack `A`.
    init<T, each A, R>(method signature: String, _ body: @escaping (T, repeat each A) throws -> R) {
        self.signature = signature
        var types: [Any.Type] = []
        repeat types.append((each A).self)
        params = types
        result = R.self
        self.body = { args in
            var cursor = ArgumentCursor(args)
            let receiver = try cursor.next(T.self)
            return try body(receiver, repeat try cursor.next((each A).self))
        }
    }
}

/// A mutating method: its body changes the value in place.
struct MutatingSpec {
    let signature: String
    let params: [Any.Type]
    let result: Any.Type
    /// The receiver's box (uniquely referenced), then the arguments.
    let body: (NativeBox, [Any]) throws -> Any

    init<T, each A, R>(_ signature: String, _ body: @escaping (inout T, repeat each A) throws -> R) {
        self.signature = signature
        var types: [Any.Type] = []
        repeat types.append((each A).self)
        params = types
        result = R.self
        self.body = { box, args in
            guard var x = box.value as? T else { throw BindingFault.receiver(expected: T.self, got: box.value) }
            // Take the value out of the box so it is uniquely referenced while it changes.
            box.value = ()
            defer { box.value = x }
            var cursor = ArgumentCursor(args)
            return try body(&x, repeat try cursor.next((each A).self))
        }
    }
}

/// Hands out arguments in order, each cast to the type its parameter has in Swift.
struct ArgumentCursor {
    private let args: [Any]
    private var index = 0

    init(_ args: [Any]) {
        self.args = args
    }

    mutating func next<V>(_ type: V.Type) throws -> V {
        defer { index += 1 }
        guard index < args.count, let v = args[index] as? V else {
            throw BindingFault.argument(index, expected: type, got: index < args.count ? args[index] : ())
        }
        return v
    }
}

/// A value that reached a binding with the wrong Swift type: a mistake in the binding (e.g. a
/// declared conformance the type does not have), reported in the cell instead of trapping.
enum BindingFault: Error, CustomStringConvertible, @unchecked Sendable {
    case argument(Int, expected: Any.Type, got: Any)
    case receiver(expected: Any.Type, got: Any)

    var description: String {
        switch self {
        case let .argument(i, expected, got):
            "internal error in the library binding: argument #\(i + 1) should be '\(expected)', got '\(type(of: got))'"
        case let .receiver(expected, got):
            "internal error in the library binding: the receiver should be '\(expected)', got '\(type(of: got))'"
        }
    }
}
