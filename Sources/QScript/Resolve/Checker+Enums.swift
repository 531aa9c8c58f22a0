/// Enums declared in cells: cases with raw values or associated values, the synthesised
/// conformances (`Equatable`, `Hashable`, `Comparable`, `CaseIterable`, `RawRepresentable`),
/// cases as values (`.north`, `Shape.circle(radius: 2)`), `rawValue` and `init?(rawValue:)`,
/// and case patterns (`case .circle(let r)`), with Swift's messages where a program is wrong.
extension Checker {
    /// Protocols an enum may declare (Swift synthesises each).
    static let enumConformances: Set<String> = ["Equatable", "Hashable", "Comparable", "CaseIterable"]

    func declareEnum(_ d: EnumDecl, _ t: EnumType) throws(CheckError) -> [(FunctionDecl, FunctionSignature, DeclaredType)] {
        var protocols = d.inherited
        if let first = protocols.first, !Checker.enumConformances.contains(first.name), !["Error", "Swift.Error", "CustomStringConvertible"].contains(first.name) {
            switch first.name {
            case "Int": t.rawType = .int
            case "String": t.rawType = .string
            case "Double": t.rawType = .double
            case "Character": t.rawType = .character
            default:
                // A type there is a raw type; anything else, a protocol (reported below).
                if (try? resolveType(.named(first.name, first.loc))) != nil || ["Float", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64"].contains(first.name) {
                    _ = try resolveType(.named(first.name, first.loc))
                    throw unsupported("the raw type '\(first.name)' (enums may have 'Int', 'String', 'Double' or 'Character' raw values)", at: first.loc)
                }
            }
            if t.rawType != nil { protocols.removeFirst() }
        }
        for p in protocols where !Checker.enumConformances.contains(p.name) {
            if p.name == "Error" || p.name == "Swift.Error" {
                t.isError = true
                continue
            }
            if p.name == "CustomStringConvertible" { continue }
            throw unsupported("conformance to '\(p.name)' (enums may declare 'Equatable', 'Hashable', 'Comparable', 'CaseIterable', 'Error' and 'CustomStringConvertible')", at: p.loc)
        }
        let declared = Set(protocols.map(\.name))
        var seen = Set<String>()
        for c in d.cases {
            guard seen.insert(c.name).inserted else { throw error("redeclaration", "invalid redeclaration of '\(c.name)'", at: c.loc) }
            var payload: [QType.TupleField]?
            if let fields = c.payload {
                if t.rawType != nil { throw error("raw-type-payload", "enum with raw type cannot have cases with arguments", at: fields.first?.loc ?? c.loc) }
                payload = []
                for f in fields {
                    let type = try resolveType(f.type)
                    if type.contains(inline: t) {
                        throw error("recursive-enum", "recursive enum '\(t.name)' is not marked 'indirect'", at: d.loc)
                    }
                    payload!.append(.init(label: f.label, type: type))
                }
            }
            t.cases.append(.init(name: c.name, payload: payload, rawValue: nil, loc: c.loc))
        }
        try assignRawValues(d, t)
        if !t.hasPayloads {
            t.isEquatable = true
            t.isHashable = true
        }
        if declared.contains("Equatable") || declared.contains("Hashable") || declared.contains("Comparable") {
            try requirePayloads(t, "Equatable", \.isEquatable)
            t.isEquatable = true
        }
        if declared.contains("Hashable") {
            try requirePayloads(t, "Hashable", \.isHashable)
            t.isHashable = true
        }
        if declared.contains("Comparable") {
            if let raw = t.rawType {
                throw error("not-comparable", "type '\(t.name)' does not conform to protocol 'Comparable'", at: d.loc,
                            notes: [.init(message: "enum declares raw type '\(raw)', preventing synthesized conformance of '\(t.name)' to 'Comparable'", at: d.loc)])
            }
            try requirePayloads(t, "Comparable", \.isComparable)
            t.isComparable = true
        }
        if declared.contains("CaseIterable") {
            if t.hasPayloads { throw error("not-case-iterable", "type '\(t.name)' does not conform to protocol 'CaseIterable'", at: d.loc) }
            t.isCaseIterable = true
        }
        let functions = try declareStaticSignatures(d.members, of: t, cases: Set(t.cases.map(\.name)))
            + declareMethods(d.members.computed, d.members.methods, of: t, seen: seen)
            + declareAccessors(d.members.computed, [], of: t)
            + declareInitializers(d.members.initializers, of: t)
        try declareUntypedStatics(d.members, of: t)
        if let c = protocols.first(where: { $0.name == "CustomStringConvertible" }) { try adoptDescription(t, at: c.loc) }
        return functions
    }

    /// The synthesised conformance needs every associated value's type to conform.
    private func requirePayloads(_ t: EnumType, _ proto: String, _ test: (QType) -> Bool) throws(CheckError) {
        for c in t.cases {
            guard let bad = c.payload?.first(where: { !test($0.type) }) else { continue }
            throw error("not-\(proto.lowercased())", "type '\(t.name)' does not conform to protocol '\(proto)'", at: t.loc,
                        notes: [.init(message: "associated value type '\(bad.type)' does not conform to protocol '\(proto)', preventing synthesized conformance of '\(t.name)' to '\(proto)'", at: c.loc)])
        }
    }

    /// Raw values as Swift assigns them: written ones are literals; an `Int` or `Double` case
    /// without one takes the previous value plus one (the first, zero), a `String` case its name.
    private func assignRawValues(_ d: EnumDecl, _ t: EnumType) throws(CheckError) {
        guard let raw = t.rawType else {
            if let c = d.cases.first(where: { $0.rawValue != nil }) {
                throw error("raw-value-without-type", "enum case cannot have a raw value if the enum does not have a raw type", at: c.rawValue!.loc)
            }
            return
        }
        var previous: Value?
        for (i, c) in d.cases.enumerated() {
            let value: Value
            if let e = c.rawValue {
                value = try rawValueLiteral(e, raw)
            } else {
                switch (raw, previous) {
                case (.int, nil): value = .int(0)
                case (.int, .int(let p)?):
                    guard p < .max else { throw error("raw-value-overflow", "integer literal '\(p).0 + 1' overflows when stored into 'Int'", at: c.loc) }
                    value = .int(p + 1)
                case (.double, nil): value = .double(0)
                case (.double, .double(let p)?):
                    guard p == p.rounded(), abs(p) < 9.0e15 else {
                        throw error("raw-value-required", "enum case must declare a raw value when the preceding raw value is not an integer", at: c.loc)
                    }
                    value = .double(p + 1)
                case (.string, _): value = .string(c.name)
                default:
                    throw error("raw-value-required", "enum cases require explicit raw values when the raw type is not expressible by integer or string literal", at: c.loc)
                }
            }
            let key = HashKey(value)
            if t.caseOfRawValue[key] != nil { throw error("raw-value-not-unique", "raw value for enum case is not unique", at: c.rawValue?.loc ?? c.loc) }
            t.caseOfRawValue[key] = i
            t.cases[i].rawValue = value
            previous = value
        }
    }

    /// A raw value as written: a literal of the raw type (a negative number too).
    private func rawValueLiteral(_ e: Expr, _ raw: QType) throws(CheckError) -> Value {
        var negative = false
        var kind = e.kind
        if case .prefix("-", let x) = kind {
            negative = true
            kind = x.kind
        }
        switch (kind, raw) {
        case (.intLiteral(let v), .int): return .int(negative ? -v : v)
        case (.intLiteral(let v), .double): return .double(negative ? -Double(v) : Double(v))
        case (.floatLiteral(let v), .double): return .double(negative ? -v : v)
        case (.stringLiteral(let parts), .string) where !negative, (.stringLiteral(let parts), .character) where !negative:
            var text = ""
            for part in parts {
                guard case .text(let t) = part else { throw error("raw-value-literal", "raw value for enum case must be a literal", at: e.loc) }
                text += t
            }
            if raw == .string { return .string(text) }
            guard text.count == 1, let c = text.first else {
                throw error("type-mismatch", "cannot convert value of type 'String' to raw type 'Character'", at: e.loc)
            }
            return .character(c)
        case (.intLiteral, _), (.floatLiteral, _), (.stringLiteral, _), (.boolLiteral, _):
            _ = try check(e, as: raw, context: .declaration)
            throw error("raw-value-literal", "raw value for enum case must be a literal", at: e.loc)
        default:
            throw error("raw-value-literal", "raw value for enum case must be a literal", at: e.loc)
        }
    }

    // MARK: - cases as values

    /// `E.north`, `E.circle(radius: 2)`, `E.allCases` (also as `.north` where an `E` is expected).
    func enumStaticMember(_ e: EnumType, _ name: String, args: [Argument]?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if name == "allCases", args == nil, e.isCaseIterable {
            let all = Value.array(e.cases.indices.map { e.make($0, []) })
            return Typed(.array(.enumeration(e)), .constant(all))
        }
        guard let i = e.caseIndex(name) else { throw error("no-member", "type '\(e.name)' has no member '\(name)'", at: loc) }
        let type = QType.enumeration(e)
        guard let payload = e.cases[i].payload else {
            if args != nil { throw error("no-associated-values", "enum case '\(name)' has no associated values", at: loc) }
            return Typed(type, .constant(e.make(i, [])))
        }
        guard let args else {
            throw unsupported("an enum case with associated values used as a function; call it", at: loc)
        }
        let labels = payload.map(\.label)
        let match = try matchArguments(args, labels: labels, hasDefault: labels.map { _ in false },
                                       fullName: name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")", at: loc)
        var codes: [ValueCode] = []
        for (k, slot) in match.enumerated() {
            guard let slot else { continue }
            if case .inoutArgument = args[slot].value.kind {
                throw error("inout-misuse", "'&' used with non-inout argument of type '\(payload[k].type)'", at: args[slot].value.loc)
            }
            codes.append(try check(args[slot].value, as: payload[k].type, context: .argument).code.value)
        }
        let all = codes
        return Typed(type, .value { fp throws(Trap) in
            var items: [Value] = [.int(i)]
            items.reserveCapacity(all.count + 1)
            for c in all { items.append(try c(fp)) }
            return .tuple(items)
        })
    }

    /// `E(rawValue: x)`: the case with that raw value, or nil.
    func enumInitializer(_ e: EnumType, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        guard let raw = e.rawType else {
            throw error("no-initializer", "'\(e.name)' cannot be constructed because it has no accessible initializers", at: loc)
        }
        guard args.count == 1, args[0].label == "rawValue" else {
            throw error("argument-label", "no exact matches in call to initializer", at: loc,
                        notes: [.init(message: "candidate 'init(rawValue:)'")])
        }
        let x = try check(args[0].value, as: raw, context: .argument).code.value
        let table = e.caseOfRawValue
        return Typed(.optional(.enumeration(e)), .value { fp throws(Trap) in
            guard let i = table[HashKey(try x(fp))] else { return .none }
            return .int(i)
        })
    }

    /// `value.rawValue`, or a computed property of the enum.
    func enumProperty(_ b: Typed, _ e: EnumType, _ name: String, at loc: SourceLoc) throws(CheckError) -> Typed? {
        if name == "rawValue", let raw = e.rawType {
            let values = e.cases.map { $0.rawValue! }
            let f = b.code.value
            return Typed(raw, .make(raw) { fp throws(Trap) in values[EnumType.tag(try f(fp))] })
        }
        if let sig = e.computed[name] { return try callMethod(sig, on: b, [], at: loc) }
        if e.methods[name] != nil { throw unsupported("using a method of an enum as a value; call it", at: loc) }
        return nil
    }

    // MARK: - case patterns

    /// `case .north`, `case .circle(let r)`, `case let .rect(w, h)`, and on optionals `.some(x)`
    /// and `.none` (an enum case on an optional enum looks through the optional, as in Swift).
    func enumCasePattern(_ c: EnumCasePattern, type t: QType, binding: Bool?) throws(CheckError) -> Matcher {
        if case .optional(let w) = t, c.typeName == nil || c.typeName == "Optional" {
            switch (c.name, c.payload) {
            case ("none", nil):
                return { _, v in v.isNone }
            case ("some", let ps?) where ps.count == 1:
                let m = try compilePattern(ps[0].pattern, type: w, binding: binding)
                return { fp, v throws(Trap) in
                    if v.isNone { return false }
                    return try m(fp, v)
                }
            default:
                if case .enumeration = w {
                    let m = try enumCasePattern(c, type: w, binding: binding)
                    return { fp, v throws(Trap) in
                        if v.isNone { return false }
                        return try m(fp, v)
                    }
                }
            }
        }
        guard case .enumeration(let e) = t, c.typeName == nil || c.typeName == e.name else {
            return try expressionPattern(c.expr, type: t)
        }
        guard let i = e.caseIndex(c.name) else { throw error("no-member", "type '\(e.name)' has no member '\(c.name)'", at: c.loc) }
        guard let patterns = c.payload else { return { _, v in EnumType.tag(v) == i } }
        guard let payload = e.cases[i].payload else {
            throw error("pattern-type", "pattern with associated values does not match enum case '\(c.name)'", at: c.loc)
        }
        var matchers: [Matcher] = []
        if patterns.count == payload.count {
            for (k, p) in patterns.enumerated() {
                if let label = p.label, label != payload[k].label {
                    let expected = payload[k].label.map { "must be '\($0)'" } ?? "must be removed"
                    throw error("pattern-label", "tuple pattern element label '\(label)' \(expected)", at: p.pattern.loc)
                }
                matchers.append(try compilePattern(p.pattern, type: payload[k].type, binding: binding))
            }
            let all = matchers
            return { fp, v throws(Trap) in
                guard case .tuple(let items) = v, items[0].int == i else { return false }
                for k in all.indices where !(try all[k](fp, items[k + 1])) { return false }
                return true
            }
        }
        guard patterns.count == 1, patterns[0].label == nil else {
            throw error("pattern-type", "tuple pattern has the wrong length for tuple type '\(QType.tuple(payload))'", at: c.loc)
        }
        // One pattern for several associated values: it matches them as a tuple.
        let m = try compilePattern(patterns[0].pattern, type: .tuple(payload), binding: binding)
        return { fp, v throws(Trap) in
            guard case .tuple(let items) = v, items[0].int == i else { return false }
            return try m(fp, .tuple(Array(items.dropFirst())))
        }
    }
}
