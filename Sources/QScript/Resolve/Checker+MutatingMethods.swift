extension Checker {
    /// Mutating methods (`append`, `remove(at:)`, `sort()`, ...) act on the base in place: a
    /// library type's, or the standard library's (`StandardLibrary`'s table).
    func mutatingMethod(_ base: Expr, _ type: QType, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        try mutatingMethod(on: try place(base, .mutatingMember(name)), named: base.description, type, name, args, at: loc)
    }

    /// A mutating method on a place (`baseName` names it in messages).
    func mutatingMethod(on p: Place, named baseName: String, _ type: QType, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        if case .native(let id) = type, let overloads = library.type(id)?.methods[name] {
            return try callNativeOverloads(overloads, args, receiver: nil, place: p, at: loc, what: "\(id.name).\(name)", kind: .instanceMethod)
        }
        if let t = try standardMutatingMethod(on: p, named: baseName, type, name, args, at: loc) { return t }
        throw error("no-member", "value of type '\(type)' has no member '\(name)' with these arguments", at: loc)
    }
}
