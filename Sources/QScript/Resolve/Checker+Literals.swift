extension Checker {
    func checkArrayLiteral(_ xs: [Expr], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        var elementType: QType?
        if case .array(let e)? = expected?.optionalWrappedOrSelf { elementType = e }
        if elementType == nil {
            guard !xs.isEmpty else {
                throw error("empty-collection", "empty collection literal requires an explicit type", at: loc)
            }
            let kinds = xs.map { literalKind($0) }
            if kinds.allSatisfy({ $0 != nil }) {
                elementType = kinds.contains(.double) ? .double : .int
            } else if let first = xs.first(where: { literalKind($0) == nil && !needsContext($0) }) ?? xs.first {
                let t = try check(first).type
                elementType = t
                // `[1, x]` with Double x, or `[a, nil]`: later elements may need the wider type.
                if t == .int, xs.contains(where: { literalKind($0) == .double }) { elementType = .double }
                if xs.contains(where: { if case .nilLiteral = $0.kind { true } else { false } }), t.optionalWrapped == nil {
                    elementType = .optional(t)
                }
            }
        }
        let e = elementType!
        var codes: [ValueCode] = []
        for x in xs {
            let t = try check(x, expected: e)
            guard t.type == e || t.type == .void && e == .void else {
                if case .optional(let w) = e, w == t.type {
                    codes.append(t.code.value)
                    continue
                }
                if let widened = existentialConversions(from: t.type, to: e) {
                    score.toExistential += widened.existential
                    codes.append(t.code.value)
                    continue
                }
                if let boxed = boxAsExistential(t, to: e) {
                    codes.append(boxed.code.value)
                    continue
                }
                if expected == nil {
                    throw error("heterogeneous-literal", "heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional", at: loc)
                }
                throw error("type-mismatch", "cannot convert value of type '\(t.type)' to expected element type '\(e)'", at: x.loc)
            }
            codes.append(t.code.value)
        }
        let all = codes
        return Typed(.array(e), .value { fp throws(Trap) in
            .array(try evaluateAll(all, fp))
        })
    }

    func checkDictionaryLiteral(_ kvs: [(Expr, Expr)], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        var kt: QType?, vt: QType?
        if case .dictionary(let k, let v)? = expected?.optionalWrappedOrSelf { kt = k; vt = v }
        if kt == nil {
            guard let first = kvs.first else {
                throw error("empty-collection", "empty collection literal requires an explicit type", at: loc)
            }
            let keyKinds = kvs.map { literalKind($0.0) }
            kt = keyKinds.allSatisfy({ $0 != nil }) ? (keyKinds.contains(.double) ? .double : .int) : try check(first.0).type
            let valueKinds = kvs.map { literalKind($0.1) }
            if valueKinds.allSatisfy({ $0 != nil }) {
                vt = valueKinds.contains(.double) ? .double : .int
            } else {
                let v = kvs.first(where: { literalKind($0.1) == nil && !needsContext($0.1) })?.1 ?? first.1
                vt = try check(v).type
                if vt == .int, valueKinds.contains(.double) { vt = .double }
            }
        }
        guard kt!.isHashable else {
            throw error("not-hashable", "type '\(kt!)' does not conform to protocol 'Hashable'", at: loc)
        }
        var codes: [(ValueCode, ValueCode)] = []
        for (k, v) in kvs {
            let kc = try check(k, as: kt!, context: .element).code.value
            let vc = try check(v, as: vt!, context: .element).code.value
            codes.append((kc, vc))
        }
        let all = codes
        return Typed(.dictionary(kt!, vt!), .value { fp throws(Trap) in
            var d = DictionaryValue()
            for (k, v) in all {
                let key = try k(fp)
                if d.find(key) != nil {
                    throw Trap(id: "duplicate-key", message: "Dictionary literal contains duplicate keys", loc: loc)
                }
                d.set(key, try v(fp))
            }
            return .dictionary(d)
        })
    }

    func checkTupleLiteral(_ xs: [(label: String?, value: Expr)], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if xs.isEmpty { return Typed(.void, .constant(.void)) }
        var expectedFields: [QType.TupleField]?
        if case .tuple(let fs)? = expected?.optionalWrappedOrSelf, fs.count == xs.count { expectedFields = fs }
        var fields: [QType.TupleField] = []
        var codes: [ValueCode] = []
        for (i, x) in xs.enumerated() {
            let want = expectedFields?[i].type
            var t = try check(x.value, expected: want)
            if let want, t.type != want { t = try convert(t, to: want, context: .element, at: x.value.loc) }
            // An unlabelled element takes the label the context expects, as Swift converts.
            fields.append(.init(label: x.label ?? expectedFields?[i].label, type: t.type))
            codes.append(t.code.value)
        }
        if let expectedFields {
            for (i, f) in fields.enumerated() where f.label != expectedFields[i].label {
                throw error("type-mismatch", "cannot convert value of type '\(QType.tuple(fields))' to specified type '\(QType.tuple(expectedFields))'", at: loc)
            }
        }
        let all = codes
        return Typed(.tuple(fields), .value { fp throws(Trap) in
            .tuple(try evaluateAll(all, fp))
        })
    }

    func checkTupleIndex(_ base: Expr, _ index: Int, at loc: SourceLoc) throws(CheckError) -> Typed {
        let b = try check(base)
        guard case .tuple(let fields) = b.type, index < fields.count else {
            throw error("no-member", "value of type '\(b.type)' has no member '\(index)'", at: loc)
        }
        let t = fields[index].type
        let f = b.code.value
        return Typed(t, .make(t) { fp throws(Trap) in try f(fp).tuple[index] })
    }
}
