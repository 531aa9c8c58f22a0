extension Checker {
    typealias Matcher = (Frame, Value) throws(Trap) -> Bool

    func checkSwitch(_ label: String?, _ subjectExpr: Expr, _ cases: [SwitchCase], at loc: SourceLoc) throws(CheckError) -> Exec {
        let subject = try check(subjectExpr)
        let t = subject.type
        var exhaustive = false
        var sawTrue = false, sawFalse = false
        var unguarded: [Pattern] = []
        // For an enum without associated values whose cases are all plain `.name` patterns
        // (or `default`): which body each case index runs, so the switch is one array read.
        var table: [Int]? = nil
        if case .enumeration(let e) = t, !e.hasPayloads { table = Array(repeating: -1, count: e.cases.count) }
        var state = beginBranches()
        return try withLoop(label, isLoop: false) { (id) throws(CheckError) in
            var result: [(matchers: [Matcher], body: Exec)] = []
            for (n, c) in cases.enumerated() {
                if c.body.isEmpty {
                    throw error("empty-case", "'\(c.patterns.isEmpty ? "default" : "case")' label in a 'switch' must have at least one executable statement", at: c.loc)
                }
                if c.patterns.isEmpty && n != cases.count - 1 {
                    throw error("default-not-last", "additional 'case' blocks cannot appear after the 'default' block of a 'switch'", at: cases[n + 1].loc)
                }
                pushScope()
                defer { popScope() }
                var matchers: [Matcher] = []
                if c.patterns.isEmpty {
                    exhaustive = true
                    let always: Matcher = { _, _ in true }
                    matchers.append(always)
                    if let t = table { table = t.map { $0 < 0 ? n : $0 } }
                }
                for (p, guardExpr) in c.patterns {
                    if table != nil {
                        if guardExpr == nil, case .enumeration(let e) = t, let tag = plainCaseTag(p, e) {
                            if table![tag] < 0 { table![tag] = n }
                        } else {
                            table = nil
                        }
                    }
                    let matcher = try guardedPattern(p, guardExpr, type: t)
                    if guardExpr == nil && isCatchAll(p) { exhaustive = true }
                    if guardExpr == nil { unguarded.append(p) }
                    if t == .bool, guardExpr == nil, case .expr(let e) = p, case .boolLiteral(let b) = e.kind.unparenthesised {
                        if b { sawTrue = true } else { sawFalse = true }
                    }
                    matchers.append(matcher)
                }
                let body = Control.sequence(checkStatements(c.body))
                endBranch(&state, exits: Exits.always(c.body))
                let caseBody: Exec = { fp throws(Trap) in
                    let f = try body(fp)
                    if case .breakLoop(let target) = f, target == id { return .normal }
                    return f
                }
                result.append((matchers, caseBody))
            }
            if !exhaustive && !(sawTrue && sawFalse) && !Exhaustiveness.covers(unguarded, t) {
                throw error("switch-not-exhaustive", "switch must be exhaustive", at: loc,
                            notes: [.init(message: "add a default clause")])
            }
            finishBranches(state)
            if let table { return Control.tableSwitch(subject.code.value, table, result.map(\.body)) }
            return Control.switchCode(subject.code.value, result)
        }
    }

    /// The case index of a pattern naming a case of `e` without associated values (`.north`,
    /// `Direction.north`).
    private func plainCaseTag(_ p: Pattern, _ e: EnumType) -> Int? {
        guard case .enumCase(let c) = p, c.payload == nil, c.typeName == nil || c.typeName == e.name else { return nil }
        return e.caseIndex(c.name)
    }

    /// A `case` or `catch` pattern with its `where` condition (tested after the pattern bound).
    func guardedPattern(_ p: Pattern, _ guardExpr: Expr?, type t: QType) throws(CheckError) -> Matcher {
        let matcher = try compilePattern(p, type: t, binding: nil)
        guard let g = guardExpr else { return matcher }
        let cond = try check(g, as: .bool, context: .condition).code.bool
        return { fp, v throws(Trap) in
            if !(try matcher(fp, v)) { return false }
            return try cond(fp)
        }
    }

    func isCatchAll(_ p: Pattern) -> Bool {
        switch p {
        case .wildcard, .name: return true
        case .binding(_, let inner, _): return isCatchAll(inner)
        case .tuple(let ps, _): return ps.allSatisfy(isCatchAll)
        case .expr, .optional, .enumCase, .isType, .cast: return false
        }
    }

    /// `binding` is nil outside `let`/`var`, else whether the bound names are constants.
    func compilePattern(_ p: Pattern, type t: QType, binding: Bool?) throws(CheckError) -> Matcher {
        if let m = try existentialPattern(p, type: t, binding: binding) { return m }
        switch p {
        case .wildcard:
            return { _, _ in true }
        case .binding(let isLet, let inner, _):
            return try compilePattern(inner, type: t, binding: isLet)
        case .optional(let inner, _):
            guard case .optional(let wrapped) = t else {
                throw error("pattern-type", "'?' pattern cannot match values of type '\(t)'", at: inner.loc)
            }
            let m = try compilePattern(inner, type: wrapped, binding: binding)
            return { fp, v throws(Trap) in
                if v.isNone { return false }
                return try m(fp, v)
            }
        case .name(let n, let loc):
            guard let isLet = binding else {
                return try compilePattern(.expr(Expr(.name(n), loc)), type: t, binding: nil)
            }
            let store: (Frame, Value) -> Void
            if let existing = fn.scopes.last?[n] {
                // The same name bound by another pattern of the same case.
                guard existing.type == t else {
                    throw error("pattern-type", "pattern variable bound to type '\(t)', expected type '\(existing.type.map { "\($0)" } ?? "?")'", at: loc)
                }
                store = Control.store(existing)
            } else {
                store = Control.store(try declareVariable(n, type: t, isLet: isLet, at: loc))
            }
            return { fp, v in
                store(fp, v)
                return true
            }
        case .tuple(let parts, let loc):
            guard case .tuple(let fields) = t, fields.count == parts.count else {
                throw error("pattern-type", "tuple pattern cannot match values of type '\(t)'", at: loc)
            }
            var ms: [Matcher] = []
            for (i, part) in parts.enumerated() { ms.append(try compilePattern(part, type: fields[i].type, binding: binding)) }
            let all = ms
            return { fp, v throws(Trap) in
                let items = v.tuple
                for i in all.indices {
                    if !(try all[i](fp, items[i])) { return false }
                }
                return true
            }
        case .expr(let e):
            // `case let .rect(w, h)`: under `let`, a bare name in the sub-patterns binds.
            if binding != nil, case .name(let n) = e.kind { return try compilePattern(.name(n, e.loc), type: t, binding: binding) }
            return try expressionPattern(e, type: t)
        case .enumCase(let c):
            return try enumCasePattern(c, type: t, binding: binding)
        case .isType(_, let loc), .cast(_, _, let loc):
            throw unsupported("type-casting patterns on a value of type '\(t)' (they test the type of an 'Any' or 'any Error')", at: loc)
        }
    }

    /// `case 1`, `case "a"`, `case 1...5`, `case 0.0..<0.5`, `case x`: Swift's `~=`.
    func expressionPattern(_ e: Expr, type t: QType) throws(CheckError) -> Matcher {
        if case .partialRange(let kind, let bound) = e.kind.unparenthesised {
            // `case 90...:`, `case ..<50:`, `case ...0.5:`: one comparison.
            switch t {
            case .int:
                let b = try check(bound, as: .int, context: .argument).code.int
                switch kind {
                case .from: return { fp, v throws(Trap) in v.int >= (try b(fp)) }
                case .upTo: return { fp, v throws(Trap) in v.int < (try b(fp)) }
                case .through: return { fp, v throws(Trap) in v.int <= (try b(fp)) }
                }
            case .double:
                let b = try check(bound, as: .double, context: .argument).code.double
                switch kind {
                case .from: return { fp, v throws(Trap) in v.double >= (try b(fp)) }
                case .upTo: return { fp, v throws(Trap) in v.double < (try b(fp)) }
                case .through: return { fp, v throws(Trap) in v.double <= (try b(fp)) }
                }
            case .character, .string:
                // `case "n"...:` on characters and strings: Comparable ranges.
                let b = try check(bound, as: t, context: .argument).code.value
                let less = Equality.less(t)
                switch kind {
                case .from: return { fp, v throws(Trap) in !less(v, try b(fp)) }
                case .upTo: return { fp, v throws(Trap) in less(v, try b(fp)) }
                case .through: return { fp, v throws(Trap) in !less(try b(fp), v) }
                }
            default:
                throw error("pattern-type", "expression pattern of a one-sided range cannot match values of type '\(t)'", at: e.loc)
            }
        }
        if case .binary(let op, let l, let r, let opLoc) = e.kind.unparenthesised, op == "..<" || op == "..." {
            let closed = op == "..."
            switch t {
            case .int:
                let lo = try check(l, as: .int, context: .argument).code.int
                let hi = try check(r, as: .int, context: .argument).code.int
                return { fp, v throws(Trap) in
                    let a = try lo(fp), b = try hi(fp), x = v.int
                    if b < a { throw Trap(id: "invalid-range", message: "Range requires lowerBound <= upperBound", loc: opLoc) }
                    return x >= a && (closed ? x <= b : x < b)
                }
            case .double:
                let lo = try check(l, as: .double, context: .argument).code.double
                let hi = try check(r, as: .double, context: .argument).code.double
                return { fp, v throws(Trap) in
                    let a = try lo(fp), b = try hi(fp), x = v.double
                    if !(a <= b) { throw Trap(id: "invalid-range", message: "Range requires lowerBound <= upperBound", loc: opLoc) }
                    return x >= a && (closed ? x <= b : x < b)
                }
            case .character, .string:
                let lo = try check(l, as: t, context: .argument).code.value
                let hi = try check(r, as: t, context: .argument).code.value
                let less = Equality.less(t)
                return { fp, v throws(Trap) in
                    let a = try lo(fp), b = try hi(fp)
                    if less(b, a) { throw Trap(id: "invalid-range", message: "Range requires lowerBound <= upperBound", loc: opLoc) }
                    return !less(v, a) && (closed ? !less(b, v) : less(v, b))
                }
            default:
                throw error("pattern-type", "expression pattern of type 'Range' cannot match values of type '\(t)'", at: e.loc)
            }
        }
        let x = try check(e, expected: t)
        guard x.type == t || t.optionalWrapped == x.type else {
            throw error("pattern-type", "expression pattern of type '\(x.type)' cannot match values of type '\(t)'", at: e.loc)
        }
        guard t.isEquatable else {
            throw error("pattern-type", "expression pattern cannot match values of type '\(t)' (it is not 'Equatable')", at: e.loc)
        }
        let g = x.code.value
        let lib = library
        return { fp, v throws(Trap) in Equality.equal(try g(fp), v, t, lib) }
    }
}

/// Whether patterns cover every value of a type made of `Bool`s and enums (and tuples and
/// optionals of them, with catch-all patterns for other components), by trying every
/// combination (up to a few thousand).
enum Exhaustiveness {
    static func covers(_ patterns: [Pattern], _ t: QType) -> Bool {
        // nil: not a type of Bools and enums, or more than `limit` values (not tried).
        guard let values = values(t) else { return false }
        return values.allSatisfy { v in patterns.contains { matches($0, v) } }
    }

    static let limit = 4096

    /// A value of the type, down to its `Bool` and enum-case parts (`other`: any other value).
    private indirect enum Shape { case bool(Bool), other, tuple([Shape]), none, some(Shape), enumCase(String, [Shape]) }

    private static func values(_ t: QType) -> [Shape]? {
        switch t {
        case .bool: return [.bool(false), .bool(true)]
        case .tuple(let fs):
            return product(fs.map(\.type))?.map { .tuple($0) }
        case .optional(let w):
            guard let inner = values(w) ?? (isOpaque(w) ? [.other] : nil) else { return nil }
            return inner.count < limit ? [.none] + inner.map { .some($0) } : nil
        case .enumeration(let e):
            var result: [Shape] = []
            for c in e.cases {
                guard let parts = product(c.payload?.map(\.type) ?? []) else { return nil }
                result += parts.map { .enumCase(c.name, $0) }
                if result.count > limit { return nil }
            }
            return result
        default: return nil
        }
    }

    /// Types whose values are not enumerated (any value matches only a catch-all pattern).
    private static func isOpaque(_ t: QType) -> Bool {
        switch t {
        case .bool, .tuple, .optional, .enumeration: false
        default: true
        }
    }

    /// Every combination of the types' values (an unknown type contributes `other`); nil past
    /// `limit` combinations, before building them.
    private static func product(_ types: [QType]) -> [[Shape]]? {
        var result: [[Shape]] = [[]]
        for t in types {
            let parts: [Shape]
            if isOpaque(t) { parts = [.other] } else {
                guard let v = values(t) else { return nil }
                parts = v
            }
            guard result.count * parts.count <= limit else { return nil }
            result = result.flatMap { prefix in parts.map { prefix + [$0] } }
        }
        return result
    }

    /// `bound`: inside `let`/`var`, where a bare name binds (matches anything).
    private static func matches(_ p: Pattern, _ v: Shape, bound: Bool = false) -> Bool {
        switch (p, v) {
        case (.wildcard, _), (.name, _): return true
        case (.binding(_, let inner, _), _): return matches(inner, v, bound: true)
        case (.tuple(let ps, _), .tuple(let vs)):
            return ps.count == vs.count && zip(ps, vs).allSatisfy { matches($0, $1, bound: bound) }
        case (.expr(let e), _):
            if bound, case .name = e.kind { return true }
            if case .boolLiteral(let x) = e.kind.unparenthesised, case .bool(let b) = v { return x == b }
            if case .nilLiteral = e.kind.unparenthesised, case .none = v { return true }
            return false
        case (.optional(let inner, _), .some(let w)): return matches(inner, w, bound: bound)
        case (.enumCase(let c), .none): return c.name == "none" && c.payload == nil
        case (.enumCase(let c), .some(let w)):
            if c.name == "some", let ps = c.payload, ps.count == 1 { return matches(ps[0].pattern, w, bound: bound) }
            return matches(p, w, bound: bound)
        case (.enumCase(let c), .enumCase(let name, let parts)):
            guard c.name == name else { return false }
            guard let ps = c.payload else { return true }
            if ps.count == parts.count { return zip(ps, parts).allSatisfy { matches($0.pattern, $1, bound: bound) } }
            return ps.count == 1 && matches(ps[0].pattern, .tuple(parts), bound: bound)
        default: return false
        }
    }
}
