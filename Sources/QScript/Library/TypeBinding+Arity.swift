// Generated arity overloads of the binding API (0 to 4 parameters). Each forwards to one
// untyped core in `TypeBinding`/`Library`; the generic parameters give the static types.

extension TypeBinding {
    public func initializer(_ signature: String, _ body: @escaping () throws -> T) {
        addInitializer(signature, params: []) { a in try body() }
    }

    public func method<R>(_ signature: String, _ body: @escaping (T) throws -> R) {
        addMethod(signature, params: [], result: R.self) { a in try body(a[0] as! T) }
    }

    public func mutatingMethod<R>(_ signature: String, _ body: @escaping (inout T) throws -> R) {
        addMutating(signature, params: [], result: R.self) { x, a in try body(&x) }
    }

    public func staticMethod<R>(_ signature: String, _ body: @escaping () throws -> R) {
        addStatic(signature, params: [], result: R.self) { a in try body() }
    }

    public func initializer<A>(_ signature: String, _ body: @escaping (A) throws -> T) {
        addInitializer(signature, params: [A.self]) { a in try body(a[0] as! A) }
    }

    public func method<A, R>(_ signature: String, _ body: @escaping (T, A) throws -> R) {
        addMethod(signature, params: [A.self], result: R.self) { a in try body(a[0] as! T, a[1] as! A) }
    }

    public func mutatingMethod<A, R>(_ signature: String, _ body: @escaping (inout T, A) throws -> R) {
        addMutating(signature, params: [A.self], result: R.self) { x, a in try body(&x, a[0] as! A) }
    }

    public func staticMethod<A, R>(_ signature: String, _ body: @escaping (A) throws -> R) {
        addStatic(signature, params: [A.self], result: R.self) { a in try body(a[0] as! A) }
    }

    public func initializer<A, B>(_ signature: String, _ body: @escaping (A, B) throws -> T) {
        addInitializer(signature, params: [A.self, B.self]) { a in try body(a[0] as! A, a[1] as! B) }
    }

    public func method<A, B, R>(_ signature: String, _ body: @escaping (T, A, B) throws -> R) {
        addMethod(signature, params: [A.self, B.self], result: R.self) { a in try body(a[0] as! T, a[1] as! A, a[2] as! B) }
    }

    public func mutatingMethod<A, B, R>(_ signature: String, _ body: @escaping (inout T, A, B) throws -> R) {
        addMutating(signature, params: [A.self, B.self], result: R.self) { x, a in try body(&x, a[0] as! A, a[1] as! B) }
    }

    public func staticMethod<A, B, R>(_ signature: String, _ body: @escaping (A, B) throws -> R) {
        addStatic(signature, params: [A.self, B.self], result: R.self) { a in try body(a[0] as! A, a[1] as! B) }
    }

    public func initializer<A, B, C>(_ signature: String, _ body: @escaping (A, B, C) throws -> T) {
        addInitializer(signature, params: [A.self, B.self, C.self]) { a in try body(a[0] as! A, a[1] as! B, a[2] as! C) }
    }

    public func method<A, B, C, R>(_ signature: String, _ body: @escaping (T, A, B, C) throws -> R) {
        addMethod(signature, params: [A.self, B.self, C.self], result: R.self) { a in try body(a[0] as! T, a[1] as! A, a[2] as! B, a[3] as! C) }
    }

    public func mutatingMethod<A, B, C, R>(_ signature: String, _ body: @escaping (inout T, A, B, C) throws -> R) {
        addMutating(signature, params: [A.self, B.self, C.self], result: R.self) { x, a in try body(&x, a[0] as! A, a[1] as! B, a[2] as! C) }
    }

    public func staticMethod<A, B, C, R>(_ signature: String, _ body: @escaping (A, B, C) throws -> R) {
        addStatic(signature, params: [A.self, B.self, C.self], result: R.self) { a in try body(a[0] as! A, a[1] as! B, a[2] as! C) }
    }

    public func initializer<A, B, C, D>(_ signature: String, _ body: @escaping (A, B, C, D) throws -> T) {
        addInitializer(signature, params: [A.self, B.self, C.self, D.self]) { a in try body(a[0] as! A, a[1] as! B, a[2] as! C, a[3] as! D) }
    }

    public func method<A, B, C, D, R>(_ signature: String, _ body: @escaping (T, A, B, C, D) throws -> R) {
        addMethod(signature, params: [A.self, B.self, C.self, D.self], result: R.self) { a in try body(a[0] as! T, a[1] as! A, a[2] as! B, a[3] as! C, a[4] as! D) }
    }

    public func mutatingMethod<A, B, C, D, R>(_ signature: String, _ body: @escaping (inout T, A, B, C, D) throws -> R) {
        addMutating(signature, params: [A.self, B.self, C.self, D.self], result: R.self) { x, a in try body(&x, a[0] as! A, a[1] as! B, a[2] as! C, a[3] as! D) }
    }

    public func staticMethod<A, B, C, D, R>(_ signature: String, _ body: @escaping (A, B, C, D) throws -> R) {
        addStatic(signature, params: [A.self, B.self, C.self, D.self], result: R.self) { a in try body(a[0] as! A, a[1] as! B, a[2] as! C, a[3] as! D) }
    }
}

extension Library {
    /// A global function, e.g. `function("mmd(_:_:bandwidths:)") { ... }`.
    public func function<R>(_ signature: String, _ body: @escaping () throws -> R) {
        addFunction(makeFunction(signature, receiver: nil, isMutating: false, params: [], result: R.self) { a in try body() })
    }

    /// A global function, e.g. `function("mmd(_:_:bandwidths:)") { ... }`.
    public func function<A, R>(_ signature: String, _ body: @escaping (A) throws -> R) {
        addFunction(makeFunction(signature, receiver: nil, isMutating: false, params: [A.self], result: R.self) { a in try body(a[0] as! A) })
    }

    /// A global function, e.g. `function("mmd(_:_:bandwidths:)") { ... }`.
    public func function<A, B, R>(_ signature: String, _ body: @escaping (A, B) throws -> R) {
        addFunction(makeFunction(signature, receiver: nil, isMutating: false, params: [A.self, B.self], result: R.self) { a in try body(a[0] as! A, a[1] as! B) })
    }

    /// A global function, e.g. `function("mmd(_:_:bandwidths:)") { ... }`.
    public func function<A, B, C, R>(_ signature: String, _ body: @escaping (A, B, C) throws -> R) {
        addFunction(makeFunction(signature, receiver: nil, isMutating: false, params: [A.self, B.self, C.self], result: R.self) { a in try body(a[0] as! A, a[1] as! B, a[2] as! C) })
    }

    /// A global function, e.g. `function("mmd(_:_:bandwidths:)") { ... }`.
    public func function<A, B, C, D, R>(_ signature: String, _ body: @escaping (A, B, C, D) throws -> R) {
        addFunction(makeFunction(signature, receiver: nil, isMutating: false, params: [A.self, B.self, C.self, D.self], result: R.self) { a in try body(a[0] as! A, a[1] as! B, a[2] as! C, a[3] as! D) })
    }

    /// A binary operator on library types, e.g. `binaryOperator("*") { (a: Pauli, b: Pauli) in a * b }`.
    public func binaryOperator<A, B, R>(_ op: String, _ body: @escaping (A, B) throws -> R) {
        addOperator(op, makeFunction("\(op)(_:_:)", receiver: nil, isMutating: false, params: [A.self, B.self], result: R.self) { a in try body(a[0] as! A, a[1] as! B) })
    }
}
