/// Structs declared in cells: their stored properties and the checks on them, reading a
/// property (and `xs[i].field` through the array's storage), and the memberwise initializer.
/// What structs share with enums (declaration, methods, `self`) is in `Checker+DeclaredTypes`.
extension Checker {
    /// Conformances a struct may declare; Swift synthesises them from the stored properties.
    static let synthesizedConformances: Set<String> = ["Equatable", "Hashable"]

    func declareMembers(_ d: StructDecl, _ t: StructType) throws(CheckError) -> [(FunctionDecl, FunctionSignature, DeclaredType)] {
        for c in d.conformances {
            if c.name == "Error" || c.name == "Swift.Error" {
                t.isError = true
                continue
            }
            if c.name == "CustomStringConvertible" { continue }
            guard Checker.synthesizedConformances.contains(c.name) else {
                throw unsupported("conformance to '\(c.name)' (structs may declare 'Equatable', 'Hashable', 'Error' and 'CustomStringConvertible')", at: c.loc)
            }
        }
        var seen = Set<String>()
        for f in d.fields {
            guard seen.insert(f.name).inserted else { throw error("redeclaration", "invalid redeclaration of '\(f.name)'", at: f.loc) }
            var type: QType?
            if let repr = f.type { type = try resolveType(repr) }
            var defaultValue: Typed?
            if let v = f.defaultValue {
                let checked: Typed = if let type { try check(v, as: type, context: .declaration) } else { try check(v) }
                defaultValue = checked
                type = type ?? checked.type
            }
            guard let type else { throw unsupported("a stored property without a type", at: f.loc) }
            if type.contains(inline: t) {
                throw error("recursive-struct", "value type '\(t.name)' cannot have a stored property that recursively contains it", at: f.loc)
            }
            t.fields.append(.init(name: f.name, type: type, isLet: f.isLet, defaultValue: defaultValue, loc: f.loc))
        }
        let names = d.conformances.map(\.name)
        if names.contains("Equatable") || names.contains("Hashable") {
            if let bad = t.fields.first(where: { !$0.type.isEquatable }) {
                throw error("not-equatable", "type '\(t.name)' does not conform to protocol 'Equatable'", at: d.loc,
                            notes: [.init(message: "stored property type '\(bad.type)' does not conform to protocol 'Equatable', preventing synthesized conformance of '\(t.name)' to 'Equatable'", at: bad.loc)])
            }
            t.isEquatable = true
        }
        if names.contains("Hashable") {
            if let bad = t.fields.first(where: { !$0.type.isHashable }) {
                throw error("not-hashable", "type '\(t.name)' does not conform to protocol 'Hashable'", at: d.loc,
                            notes: [.init(message: "stored property type '\(bad.type)' does not conform to protocol 'Hashable', preventing synthesized conformance of '\(t.name)' to 'Hashable'", at: bad.loc)])
            }
            t.isHashable = true
        }
        let functions = try declareStaticSignatures(d.members, of: t)
            + declareMethods(d.members.computed, d.members.methods, of: t, seen: seen)
            + declareAccessors(d.members.computed, d.fields, of: t)
            + declareInitializers(d.members.initializers, of: t)
        try declareUntypedStatics(d.members, of: t)
        t.declaresInitializers = d.members.initializers.contains { !$0.inExtension }
        if let c = d.conformances.first(where: { $0.name == "CustomStringConvertible" }) { try adoptDescription(t, at: c.loc) }
        return functions
    }

    // MARK: - members

    /// `value.name` for a struct: a stored property, or a computed one.
    func structProperty(_ b: Typed, _ t: StructType, _ name: String, at loc: SourceLoc) throws(CheckError) -> Typed? {
        if let i = t.fieldIndex(name) {
            let f = b.code.value
            let type = t.fields[i].type
            return Typed(type, .make(type) { fp throws(Trap) in try f(fp).tuple[i] })
        }
        if let sig = t.computed[name] {
            return try callMethod(sig, on: b, [], at: loc)
        }
        if t.methods[name] != nil {
            throw unsupported("using a method of a struct as a value; call it", at: loc)
        }
        return nil
    }

    /// `xs[i].field` with `xs` an array variable and `i` a variable or a literal: one closure
    /// reading through the variable's storage, with no copy of the element (a `Double` field
    /// comes back unboxed). The index is checked again here, so only these side-effect-free
    /// shapes qualify.
    func fastFieldRead(_ baseExpr: Expr, _ t: StructType, _ field: Int, at loc: SourceLoc) throws(CheckError) -> Typed? {
        guard case .subscriptCall(let arrayExpr, let args) = baseExpr.kind.unparenthesised, args.count == 1, args[0].label == nil,
              case .name(let name) = arrayExpr.kind.unparenthesised, lookup(name)?.type == .array(.structure(t)),
              let ptr = try variablePointer(arrayExpr) else { return nil }
        switch args[0].value.kind.unparenthesised {
        case .name, .intLiteral: break
        default: return nil
        }
        let index = try check(args[0].value, expected: .int)
        guard index.type == .int else { return nil }
        let i = index.code.int
        let indexLoc = baseExpr.loc
        let type = t.fields[field].type
        if type == .double {
            return Typed(.double, .double { fp throws(Trap) in
                let k = try i(fp)
                guard case .array(let a) = ptr(fp).pointee else { throw uninitializedTrap(name, loc) }
                guard k >= 0 && k < a.count else { throw indexOutOfRangeTrap(indexLoc, k, a.count) }
                guard case .tuple(let items) = a[k], case .double(let d) = items[field] else { unreachableCase() }
                return d
            })
        }
        return Typed(type, .make(type) { fp throws(Trap) in
            let k = try i(fp)
            guard case .array(let a) = ptr(fp).pointee else { throw uninitializedTrap(name, loc) }
            guard k >= 0 && k < a.count else { throw indexOutOfRangeTrap(indexLoc, k, a.count) }
            guard case .tuple(let items) = a[k] else { unreachableCase() }
            return items[field]
        })
    }

    // MARK: - the memberwise initializer

    func structInitializer(_ t: StructType, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let params = t.initializerFields
        let labels: [String?] = params.map { t.fields[$0].name }
        let hasDefault = params.map { t.fields[$0].defaultValue != nil }
        let match = try matchArguments(args, labels: labels, hasDefault: hasDefault,
                                       fullName: "init(" + labels.map { $0! + ":" }.joined() + ")", at: loc)
        // Each field's value: its argument (evaluated in the order written) or its default.
        var fromArgument: [Int: ValueCode] = [:]
        for (k, slot) in match.enumerated() {
            guard let slot else { continue }
            let field = t.fields[params[k]]
            if case .inoutArgument = args[slot].value.kind {
                throw error("inout-misuse", "'&' used with non-inout argument of type '\(field.type)'", at: args[slot].value.loc)
            }
            fromArgument[params[k]] = try check(args[slot].value, as: field.type, context: .argument).code.value
        }
        let argumentFields = fromArgument.keys.sorted()
        let argumentCodes = argumentFields.map { fromArgument[$0]! }
        let defaults: [(Int, ValueCode)] = t.fields.indices.compactMap { i in
            fromArgument[i] == nil ? (i, t.fields[i].defaultValue!.code.value) : nil
        }
        let count = t.fields.count
        return Typed(.structure(t), .value { fp throws(Trap) in
            var items = [Value](repeating: .void, count: count)
            for (i, code) in zip(argumentFields, argumentCodes) { items[i] = try code(fp) }
            for (i, code) in defaults { items[i] = try code(fp) }
            return .tuple(items)
        })
    }
}
