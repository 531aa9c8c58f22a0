/// Swift's overload resolution for an operator expression whose operands take their types from
/// the overloads: implicit members (`.z(0) + .x(1)` is `PauliString + PauliString -> Observable`,
/// `.pi * r`) and literals beside library values (`0.5 * p`).
///
/// Bottom-up, each node gets the types it can have, each with the smallest score at which it can
/// have it and the ways (overloads) that reach that score (`options`). Top-down, the type the
/// context asks for (else the best one) is chosen, and each node is compiled the way that gives
/// it that type, its operands with that overload's parameter types as their context
/// (`OperatorInference+Generate.swift`). Equal best ways are an ambiguity, as in Swift.
/// Sub-expressions that are none of literals, implicit members and operators over them are
/// "leaves": checked once, on their own, since their type cannot depend on the context.
///
/// Swift's standard library has more types than QScript: `.pi` is also `Float.pi`, `.max` also
/// `UInt8.max`. Two stand-in types model them, so `.pi * .pi` is ambiguous as in Swift while
/// `.max / 2` is an `Int` (the literal's default type wins) and `.pi * r` a `Double`.
final class OperatorInference {
    enum Way {
        /// A library operator, with the types its operands get (before any optional promotion).
        case native(NativeFunction, QType, QType)
        /// A standard-library operator on two operands of this type.
        case builtin(QType)
        /// Not an operator: a literal, implicit member, prefix or leaf has the type directly.
        case direct
    }

    struct Option {
        var score: OverloadScore
        var ways: [Way]
    }

    typealias Options = [QType: Option]

    unowned let checker: Checker
    var memo: [ObjectIdentifier: Options] = [:]
    var leaves: [ObjectIdentifier: Trial<Typed>] = [:]

    /// `checked`: operands the caller has already checked, by identity.
    init(_ checker: Checker, checked: [ObjectIdentifier: Typed] = [:]) {
        self.checker = checker
        leaves = checked.mapValues { Trial(value: $0, score: OverloadScore()) }
    }

    static let otherInteger = QType.native(NativeTypeID(name: "an integer type other than Int", isEquatable: true))
    static let otherFloat = QType.native(NativeTypeID(name: "a floating-point type other than Double", isEquatable: true))
    static let numericTypes: [QType] = [.int, .double, otherInteger, otherFloat]

    static func isStandIn(_ t: QType) -> Bool { t == otherInteger || t == otherFloat }

    /// Operators of the standard library modelled here, by the types they combine.
    static func builtinTypes(_ op: String) -> [QType] {
        switch op {
        case "+", "-", "*", "/": numericTypes
        case "%", "&+", "&-", "&*", "&", "|", "^": [.int, otherInteger]
        default: []
        }
    }

    static func isModelled(_ op: String, _ library: Library) -> Bool {
        !builtinTypes(op).isEmpty || library.operators[op]?.isEmpty == false
    }

    /// Whether `l op r` needs this inference: an implicit member is among its operands.
    static func applies(to op: String, _ l: Expr, _ r: Expr, _ checker: Checker) -> Bool {
        isModelled(op, checker.library) && (involvesImplicitMember(l, checker.library) || involvesImplicitMember(r, checker.library))
    }

    static func involvesImplicitMember(_ e: Expr, _ library: Library) -> Bool {
        switch e.kind {
        case .implicitMember: return true
        case .call(let callee, _): if case .implicitMember = callee.kind { return true }
        case .paren(let x): return involvesImplicitMember(x, library)
        case .prefix(let op, let x): return (op == "-" || op == "+") && involvesImplicitMember(x, library)
        case .binary(let op, let a, let b, _):
            return isModelled(op, library) && (involvesImplicitMember(a, library) || involvesImplicitMember(b, library))
        default: break
        }
        return false
    }

    enum Node {
        case paren(Expr)
        case literal
        case member(String, [Argument]?, SourceLoc)
        case prefix(Expr)
        case binary(String, Expr, Expr, SourceLoc)
        case leaf
    }

    func node(_ e: Expr) -> Node {
        if leaves[ObjectIdentifier(e)] != nil { return .leaf }
        if checker.literalKind(e) != nil { return .literal }
        let library = checker.library
        switch e.kind {
        case .paren(let x): return .paren(x)
        case .implicitMember(let name): return .member(name, nil, e.loc)
        case .call(let callee, let args):
            if case .implicitMember(let name) = callee.kind { return .member(name, args, callee.loc) }
        case .prefix(let op, let x) where (op == "-" || op == "+") && Self.involvesImplicitMember(x, library):
            return .prefix(x)
        case .binary(let op, let a, let b, let opLoc) where Self.applies(to: op, a, b, checker):
            return .binary(op, a, b, opLoc)
        default: break
        }
        return .leaf
    }

    /// The types `e` can have, each with its best score and the ways to it.
    func options(_ e: Expr) throws(CheckError) -> Options {
        let id = ObjectIdentifier(e)
        if let known = memo[id] { return known }
        checker.operatorNodesTyped += 1
        var result: Options = [:]
        switch node(e) {
        case .paren(let x):
            result = try options(x)
        case .literal:
            let (ints, floats) = literalCounts(e)
            if floats == 0 {
                result = [.int: direct(0), .double: direct(ints), Self.otherInteger: direct(ints), Self.otherFloat: direct(ints)]
            } else {
                result = [.double: direct(ints), Self.otherFloat: direct(ints + floats)]
            }
        case .member(let name, let args, _):
            for t in memberTypes(name, args) { result[t] = direct(0) }
        case .prefix(let x):
            for (t, o) in try options(x) where Self.numericTypes.contains(t) { result[t] = Option(score: o.score, ways: [.direct]) }
        case .binary(let op, let a, let b, _):
            result = try binaryOptions(op, a, b)
        case .leaf:
            if leaves[id] == nil {
                // Checked tentatively first, so that re-checking it later reports nothing twice.
                if let trial = checker.attempt({ () throws(CheckError) in try checker.check(e) }) {
                    leaves[id] = trial
                } else {
                    leaves[id] = Trial(value: try checker.check(e), score: OverloadScore())
                }
            }
            result = [leaves[id]!.value.type: direct(0)]
        }
        memo[id] = result
        return result
    }

    func binaryOptions(_ op: String, _ a: Expr, _ b: Expr) throws(CheckError) -> Options {
        let x = try options(a), y = try options(b)
        var result: Options = [:]
        func add(_ t: QType, _ score: OverloadScore, _ way: Way) {
            if let o = result[t], o.score < score { return }
            if let o = result[t], o.score == score {
                result[t]!.ways.append(way)
            } else {
                result[t] = Option(score: score, ways: [way])
            }
        }
        for f in checker.library.operators[op] ?? [] where f.params.count == 2 {
            guard let (s0, t0) = fit(x, f.params[0]), let (s1, t1) = fit(y, f.params[1]) else { continue }
            add(f.result, s0 + s1, .native(f, t0, t1))
        }
        for t in Self.builtinTypes(op) {
            if let p = x[t], let q = y[t] { add(t, p.score + q.score, .builtin(t)) }
        }
        return result
    }

    /// How an operand with `options` fits a parameter of type `p`: its score and its own type.
    func fit(_ options: Options, _ p: QType) -> (OverloadScore, QType)? {
        if let o = options[p] { return (o.score, p) }
        if case .optional(let w) = p, let o = options[w] { return (o.score + .optionalPromotion, w) }
        return nil
    }

    func direct(_ literals: Int) -> Option { Option(score: .literals(literals), ways: [.direct]) }

    func literalCounts(_ e: Expr) -> (ints: Int, floats: Int) {
        switch e.kind {
        case .intLiteral: return (1, 0)
        case .floatLiteral: return (0, 1)
        case .paren(let x), .prefix(_, let x): return literalCounts(x)
        case .binary(_, let a, let b, _):
            let (i, f) = literalCounts(a), (j, g) = literalCounts(b)
            return (i + j, f + g)
        default: return (0, 0)
        }
    }

    /// The types with a static member `name` (taking arguments with these labels) of their own type.
    func memberTypes(_ name: String, _ args: [Argument]?) -> [QType] {
        var types: [QType] = []
        if args == nil, Checker.intStaticNames.contains(name) { types += [.int, Self.otherInteger] }
        if args == nil, Checker.doubleStaticNames.contains(name) { types += [.double, Self.otherFloat] }
        let labels = args.map { checker.labels($0) }
        for (_, desc) in checker.library.typesByName.sorted(by: { $0.key < $1.key }) {
            let t = QType.native(desc.id)
            if let labels {
                if desc.staticOverloads[name]?.contains(where: { $0.labels == labels && $0.result == t }) == true { types.append(t) }
            } else if desc.statics[name]?.result == t {
                types.append(t)
            }
        }
        return types
    }
}
