/// A type binding before resolution: its Swift type, cell name, protocols, and the closure
/// that declares its members once every type of the library is known.
struct TypeSpec {
    let swiftType: Any.Type
    let name: String
    let protocols: [String]
    let isProtocol: Bool
    let equal: ((Any, Any) -> Bool)?
    let declareMembers: (Library, NativeTypeDescriptor) -> Void

    init<T>(_ type: T.Type, _ name: String, protocols: [String], isProtocol: Bool, equal: ((Any, Any) -> Bool)?,
            _ members: @escaping (TypeBinding<T>) -> Void) {
        swiftType = type
        self.name = name
        self.protocols = protocols
        self.isProtocol = isProtocol
        self.equal = equal
        declareMembers = { library, descriptor in members(TypeBinding<T>(library: library, descriptor: descriptor)) }
    }
}

/// Members added to a type bound by another binding.
struct ExtensionSpec {
    let swiftType: Any.Type
    let declareMembers: (Library, NativeTypeDescriptor) -> Void

    init<T>(_ type: T.Type, _ members: @escaping (TypeBinding<T>) -> Void) {
        swiftType = type
        declareMembers = { library, descriptor in members(TypeBinding<T>(library: library, descriptor: descriptor)) }
    }
}

/// A function type that crosses the boundary, with the generic code that turns a cell's
/// function into a Swift closure of exactly that type. (Swift cannot abstract a closure over a
/// parameter pack, so function types come in arities 0 to 4, each an initialiser below.)
struct ClosureSpec {
    let swiftType: Any.Type
    let params: [Any.Type]
    let result: Any.Type
    /// The element types when the result is a pair.
    var pair: (Any.Type, Any.Type)?
    /// A Swift closure of `swiftType` that calls `function` in the cell's machine.
    let makeSwiftClosure: (_ library: Library, _ function: Function, _ params: [QType], _ result: QType, _ call: NativeCall) -> Any

    private init(_ type: Any.Type, _ params: [Any.Type], _ result: Any.Type,
                 _ make: @escaping (Library, Function, [QType], QType, NativeCall) -> Any) {
        swiftType = type
        self.params = params
        self.result = result
        makeSwiftClosure = make
    }

    init<R>(_ type: (() throws -> R).Type) {
        self.init(type, [], R.self) { lib, fn, ps, r, call in
            let f: () throws -> R = { try lib.callCell(fn, [], r, call) }
            return f
        }
    }

    init<A, R>(_ type: ((A) throws -> R).Type) {
        self.init(type, [A.self], R.self) { lib, fn, ps, r, call in
            let f: (A) throws -> R = { a in try lib.callCell(fn, [lib.toValue(a, ps[0])], r, call) }
            return f
        }
    }

    init<A, B, R>(_ type: ((A, B) throws -> R).Type) {
        self.init(type, [A.self, B.self], R.self) { lib, fn, ps, r, call in
            let f: (A, B) throws -> R = { a, b in try lib.callCell(fn, [lib.toValue(a, ps[0]), lib.toValue(b, ps[1])], r, call) }
            return f
        }
    }

    init<A, B, C, R>(_ type: ((A, B, C) throws -> R).Type) {
        self.init(type, [A.self, B.self, C.self], R.self) { lib, fn, ps, r, call in
            let f: (A, B, C) throws -> R = { a, b, c in
                try lib.callCell(fn, [lib.toValue(a, ps[0]), lib.toValue(b, ps[1]), lib.toValue(c, ps[2])], r, call)
            }
            return f
        }
    }

    /// One parameter and a pair as the result, e.g. a loss giving its value and gradient.
    init<A, R1, R2>(_ type: ((A) throws -> (R1, R2)).Type) {
        self.init(type, [A.self], (R1, R2).self) { lib, fn, ps, r, call in
            let f: (A) throws -> (R1, R2) = { a in try lib.callCellForPair(fn, [lib.toValue(a, ps[0])], r, call) }
            return f
        }
        pair = (R1.self, R2.self)
    }

    init<A, B, R1, R2>(_ type: ((A, B) throws -> (R1, R2)).Type) {
        self.init(type, [A.self, B.self], (R1, R2).self) { lib, fn, ps, r, call in
            let f: (A, B) throws -> (R1, R2) = { a, b in
                try lib.callCellForPair(fn, [lib.toValue(a, ps[0]), lib.toValue(b, ps[1])], r, call)
            }
            return f
        }
        pair = (R1.self, R2.self)
    }

    init<A, B, C, D, R>(_ type: ((A, B, C, D) throws -> R).Type) {
        self.init(type, [A.self, B.self, C.self, D.self], R.self) { lib, fn, ps, r, call in
            let f: (A, B, C, D) throws -> R = { a, b, c, d in
                try lib.callCell(fn, [lib.toValue(a, ps[0]), lib.toValue(b, ps[1]), lib.toValue(c, ps[2]), lib.toValue(d, ps[3])], r, call)
            }
            return f
        }
    }
}

extension Library {
    /// Calls a cell's function from the library (on the cell's thread, inside the native call
    /// that received it); its traps come out as thrown errors located in the cell.
    func callCell<R>(_ function: Function, _ args: [Value], _ resultType: QType, _ call: NativeCall) throws -> R {
        let value = try Invoke.call(function, args, call.m, call.loc)
        let swiftValue = fromValue(value, resultType, R.self, call)
        guard let r = swiftValue as? R else { throw BindingFault.argument(0, expected: R.self, got: swiftValue) }
        return r
    }

    /// As `callCell`, for a function returning a pair: Swift builds the tuple, element by element.
    func callCellForPair<R1, R2>(_ function: Function, _ args: [Value], _ resultType: QType, _ call: NativeCall) throws -> (R1, R2) {
        let value = try Invoke.call(function, args, call.m, call.loc)
        guard case .tuple(let fields) = resultType, fields.count == 2, case .tuple(let parts) = value else {
            throw BindingFault.argument(0, expected: (R1, R2).self, got: value)
        }
        let a = fromValue(parts[0], fields[0].type, R1.self, call), b = fromValue(parts[1], fields[1].type, R2.self, call)
        guard let x = a as? R1, let y = b as? R2 else { throw BindingFault.argument(0, expected: (R1, R2).self, got: (a, b)) }
        return (x, y)
    }
}
