/// What the mutating members' implementations share: the order Swift evaluates a mutating call
/// in (the place's path, that is its subscript indices, then the arguments, then the access),
/// and taking a container out of its place while it changes, so its buffer stays uniquely
/// referenced.
extension StandardCall {
    /// The place's path (a no-op for a plain variable).
    var path: Place.Path {
        // (Not `??`: a typed-throws closure in its autoclosure crashes Swift 6.3's SILGen.)
        if let evaluate = place!.path { return evaluate }
        return { _ throws(Trap) in }
    }

    /// The arguments' code, in parameter order (those given; a default is the implementation's).
    var argumentValues: [ValueCode] { arguments.compactMap { $0?.code.value } }

    /// Runs `body` on the value in the place with the arguments' values; its result is the call's.
    func modifying(_ result: QType, _ args: [ValueCode] = [],
                   _ body: @escaping (inout Value, [Value]) throws(Trap) -> Value) -> Typed {
        let path = self.path, modify = place!.access
        return Typed(result, .make(result) { fp throws(Trap) in
            try path(fp)
            var values: [Value] = []
            for a in args { values.append(try a(fp)) }
            var out = Value.void
            try modify(fp) { (v: inout Value) throws(Trap) in out = try body(&v, values) }
            return out
        })
    }

    /// Runs `body` on the array in the place, keeping its buffer uniquely referenced.
    func onArray(_ result: QType, _ args: [ValueCode] = [], _ body: @escaping (inout [Value], [Value]) throws(Trap) -> Value) -> Typed {
        let name = baseName, loc = self.loc
        return modifying(result, args) { (v, values) throws(Trap) in
            guard case .array(var a) = v else { throw uninitializedTrap(name, loc) }
            v = .void
            defer { v = .array(a) }
            return try body(&a, values)
        }
    }

    /// Runs `body` on the string in the place, keeping its buffer uniquely referenced.
    func onString(_ result: QType, _ args: [ValueCode] = [], _ body: @escaping (inout String, [Value]) throws(Trap) -> Value) -> Typed {
        let name = baseName, loc = self.loc
        return modifying(result, args) { (v, values) throws(Trap) in
            guard case .string(var s) = v else { throw uninitializedTrap(name, loc) }
            v = .void
            defer { v = .string(s) }
            return try body(&s, values)
        }
    }

    /// Runs `body` on the dictionary in the place, keeping its storage uniquely referenced.
    func onDictionary(_ result: QType, _ args: [ValueCode] = [], _ body: @escaping (inout DictionaryValue, [Value]) throws(Trap) -> Value) -> Typed {
        let name = baseName, loc = self.loc
        return modifying(result, args) { (v, values) throws(Trap) in
            guard case .dictionary(var d) = v else { throw uninitializedTrap(name, loc) }
            v = .void
            defer { v = .dictionary(d) }
            return try body(&d, values)
        }
    }
}
