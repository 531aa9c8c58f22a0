/// QScript's own compact tree. Lowering turns swift-syntax nodes into these; nothing after
/// lowering sees a swift-syntax node.

/// A written type, as in `let x: [Int: Double]`.
indirect enum TypeRepr: Sendable {
    case named(String, SourceLoc)
    case array(TypeRepr)
    case dictionary(TypeRepr, TypeRepr)
    case optional(TypeRepr)
    case tuple([(label: String?, type: TypeRepr)])
    case function([TypeRepr], TypeRepr)
    /// `any P`: the existential of a protocol.
    case existential(TypeRepr, SourceLoc)
}

struct Argument: Sendable {
    var label: String?
    var value: Expr
    var loc: SourceLoc
    /// A trailing closure: it matches its parameter whatever that parameter's label.
    var isTrailing = false
}

struct ClosureParam: Sendable {
    var name: String
    var type: TypeRepr?
    var loc: SourceLoc
}

struct ClosureLiteral: Sendable {
    var params: [ClosureParam]?      // nil: no signature (may use $0, $1, ...)
    var returnType: TypeRepr?
    var body: [Stmt]
    var loc: SourceLoc
    /// The closing brace, where Swift reports a missing return.
    var endLoc: SourceLoc
}

/// Where a string literal's value lies in the cell: line `k` (1-based) of the value starts at
/// source line `firstLine + k - 1`, at `firstColumn` for the first line and `indentColumn` for
/// the others (a multi-line literal's lines start after its indentation). Escapes in a line
/// shift its later columns; positions are then approximate within that line.
struct TextOrigin: Sendable {
    var firstLine: Int
    var firstColumn: Int
    var indentColumn: Int
    var cell: Int

    func location(line: Int, column: Int) -> SourceLoc {
        let l = max(1, line)
        let start = l == 1 ? firstColumn : indentColumn
        return SourceLoc(line: firstLine + l - 1, column: start + max(1, column) - 1, cell: cell)
    }
}

enum PartialRange: Sendable {
    case from, upTo, through
}

enum StringPart: Sendable {
    case text(String)
    case interpolation(Expr)
}

final class Expr: @unchecked Sendable {
    let kind: Kind
    let loc: SourceLoc
    /// For a string literal: where its text starts in the source, so that a library can point
    /// at a place inside the string (e.g. a bad token of a QASM program).
    var textOrigin: TextOrigin?
    /// For a floating-point literal: its text, so a `Float` literal is rounded once, from the
    /// decimal (as Swift does), not through the `Double` nearest to it.
    var literalText: String?

    init(_ kind: Kind, _ loc: SourceLoc) {
        self.kind = kind
        self.loc = loc
    }

    enum Kind {
        case intLiteral(Int)
        case floatLiteral(Double)
        case boolLiteral(Bool)
        case stringLiteral([StringPart])
        case nilLiteral
        case name(String)
        case implicitMember(String)
        case member(Expr, String, nameLoc: SourceLoc)
        case tupleIndex(Expr, Int)
        /// A one-sided range: `a...` (from), `..<b` (up to), `...b` (through).
        case partialRange(PartialRange, Expr)
        case call(Expr, [Argument])
        case subscriptCall(Expr, [Argument])
        case binary(String, Expr, Expr, opLoc: SourceLoc)
        case assign(Expr, Expr)
        case compoundAssign(String, Expr, Expr, opLoc: SourceLoc)
        case prefix(String, Expr)
        case forceUnwrap(Expr)
        case optionalChain(Expr)       // the `x?` in `x?.y`
        case ternary(Expr, Expr, Expr)
        case array([Expr])
        case dictionary([(Expr, Expr)])
        case tuple([(label: String?, value: Expr)])
        case paren(Expr)
        case closure(ClosureLiteral)
        case discard                    // `_` on the left of `=`
        case inoutArgument(Expr)        // `&place`, only as an argument for an `inout` parameter
        case typeExpr(TypeRepr)         // `[Int]` in `[Int]()`, `Int` in `Int.max`
        case tryExpr(TryKind, Expr)     // `try`, `try?`, `try!`
        case cast(Expr, CastKind, TypeRepr)   // `x as T`, `x as? T`, `x as! T`, `x is T`
        case unsupported(String)        // a construct outside the subset, named
    }
}

enum TryKind: Sendable { case plain, optional, forced }
enum CastKind: Sendable { case upcast, conditional, forced, check }

/// A pattern of `let (a, b) = ...`, `for (i, x) in ...`, `case let (x, 0)`.
indirect enum Pattern: Sendable {
    case name(String, SourceLoc)
    case wildcard(SourceLoc)
    case tuple([Pattern], SourceLoc)
    /// Only in `switch`: an expression to match with `~=` / `==`.
    case expr(Expr)
    /// `let x` / `var x` inside a case pattern: the names in the sub-pattern bind.
    case binding(isLet: Bool, Pattern, SourceLoc)
    /// `x?` in a case pattern: matches a non-nil optional whose value matches `x`.
    case optional(Pattern, SourceLoc)
    /// `is T` in a `case` or `catch`: the value's dynamic type is `T`.
    case isType(TypeRepr, SourceLoc)
    /// `let x as T`: the value's dynamic type is `T`, and `x` matches it as a `T`.
    case cast(Pattern, TypeRepr, SourceLoc)
    /// `.circle(let r)`, `Shape.rect(_, let h)`, `.north`: an enum case and, optionally,
    /// patterns for its associated values. `expr` is the same text as an expression, for when
    /// the subject is not an enum (`case .pi:` on a `Double`).
    case enumCase(EnumCasePattern)

    var loc: SourceLoc {
        switch self {
        case .name(_, let l), .wildcard(let l), .tuple(_, let l), .binding(_, _, let l), .optional(_, let l): l
        case .expr(let e): e.loc
        case .enumCase(let c): c.loc
        case .isType(_, let l), .cast(_, _, let l): l
        }
    }
}

struct EnumCasePattern: Sendable {
    /// `Shape` in `Shape.circle(...)`; nil for `.circle(...)`.
    var typeName: String?
    var name: String
    /// The associated values' patterns, with their labels as written; nil for `.circle`.
    var payload: [(label: String?, pattern: Pattern)]?
    var expr: Expr
    var loc: SourceLoc
}

enum Condition: Sendable {
    case expr(Expr)
    /// `let x = e`, `var x = e`, or the shorthand `let x`.
    case optionalBinding(isLet: Bool, name: String, type: TypeRepr?, value: Expr?, loc: SourceLoc)
    /// `case pattern = value` in `if`, `guard` and `while`.
    case casePattern(Pattern, Expr, loc: SourceLoc)
}

struct Param: Sendable {
    var label: String?       // nil: `_`
    var name: String
    var type: TypeRepr
    var defaultValue: Expr?
    var loc: SourceLoc
    /// `inout`: the caller passes `&place`, which gets the parameter's final value back.
    var isInout = false
}

struct FunctionDecl: Sendable {
    var name: String
    var params: [Param]
    var returnType: TypeRepr?
    var body: [Stmt]
    var loc: SourceLoc
    var endLoc: SourceLoc
    /// Declared `throws`.
    var isThrowing = false
    /// `<T: Comparable, U>` and `where T: Hashable`: each parameter with its protocols.
    var genericParams: [GenericParam] = []
}

struct GenericParam: Sendable {
    var name: String
    var constraints: [(name: String, loc: SourceLoc)]
    var loc: SourceLoc
}

/// A get-only computed property of a struct or an enum: `var area: Double { width * height }`.
struct ComputedPropertyDecl: Sendable {
    var name: String
    var type: TypeRepr
    var body: [Stmt]
    var loc: SourceLoc
    var endLoc: SourceLoc
    /// `set { }` (or `set(v) { }`): a mutating function of the new value.
    var setter: Accessor?
}

/// A setter or a property observer: its parameter's name (`newValue`, `oldValue` or the one
/// written) and its body.
struct Accessor: Sendable {
    var parameter: String
    var body: [Stmt]
    var loc: SourceLoc
    var endLoc: SourceLoc
}

/// A method of a struct or an enum.
struct MethodDecl: Sendable {
    var decl: FunctionDecl
    var isMutating: Bool
}

/// `init(...)` or `init?(...)` of a struct or an enum: a function named `init` whose body
/// gives `self` its value (every stored property, `self = ...` or `self.init(...)`).
struct InitializerDecl: Sendable {
    var decl: FunctionDecl
    var isFailable: Bool
    /// Declared in an extension: the memberwise initializer stays (Swift's rule).
    var inExtension = false
}

/// `static let name: T = value`: a stored type property, initialised on first use (as Swift's
/// are, lazily and once).
struct StaticPropertyDecl: Sendable {
    var isLet: Bool
    var name: String
    var type: TypeRepr?
    var value: Expr
    var loc: SourceLoc
}

/// What a struct's or an enum's body declares besides stored properties and cases.
struct TypeMemberDecls: Sendable {
    var computed: [ComputedPropertyDecl] = []
    var methods: [MethodDecl] = []
    var initializers: [InitializerDecl] = []
    var staticProperties: [StaticPropertyDecl] = []
    var staticComputed: [ComputedPropertyDecl] = []
    var staticMethods: [MethodDecl] = []

    /// Adds an extension's members.
    mutating func append(_ other: TypeMemberDecls) {
        computed += other.computed
        methods += other.methods
        initializers += other.initializers
        staticProperties += other.staticProperties
        staticComputed += other.staticComputed
        staticMethods += other.staticMethods
    }
}

/// `struct Name: Equatable { stored properties, computed properties, methods }`.
struct StructDecl: Sendable {
    struct Field: Sendable {
        var isLet: Bool
        var name: String
        var type: TypeRepr?
        var defaultValue: Expr?
        var loc: SourceLoc
        /// Property observers, called when the property is set outside the type's initializers.
        var willSet: Accessor?
        var didSet: Accessor?
    }

    var name: String
    var loc: SourceLoc
    var conformances: [(name: String, loc: SourceLoc)]
    var fields: [Field]
    var members: TypeMemberDecls
}

/// `enum Name: RawType, Protocols { case a, b(Int), c = 3; computed properties; methods }`.
struct EnumDecl: Sendable {
    struct Case: Sendable {
        var name: String
        /// Associated values (`case circle(radius: Double)`); nil for a case without them.
        var payload: [(label: String?, type: TypeRepr, loc: SourceLoc)]?
        var rawValue: Expr?
        var loc: SourceLoc
    }

    var name: String
    var loc: SourceLoc
    /// The raw type (first, if any) and the protocols, as written.
    var inherited: [(name: String, loc: SourceLoc)]
    var cases: [Case]
    var members: TypeMemberDecls
}

/// `catch pattern where condition, ... { body }`; no patterns: a bare `catch`, which binds `error`.
struct CatchClause: Sendable {
    var patterns: [(Pattern, guardExpr: Expr?)]
    var body: [Stmt]
    var loc: SourceLoc
}

struct SwitchCase: Sendable {
    var patterns: [(Pattern, guardExpr: Expr?)]   // empty: `default`
    var body: [Stmt]
    var loc: SourceLoc
}

final class Stmt: @unchecked Sendable {
    let kind: Kind
    let loc: SourceLoc

    init(_ kind: Kind, _ loc: SourceLoc) {
        self.kind = kind
        self.loc = loc
    }

    enum Kind {
        case expr(Expr)
        case variable(isLet: Bool, Pattern, TypeRepr?, Expr?)
        case function(FunctionDecl)
        case structDecl(StructDecl)
        case enumDecl(EnumDecl)
        case ifStmt([Condition], [Stmt], Stmt?)        // else: an `if` or a block
        case guardStmt([Condition], [Stmt], end: SourceLoc)   // end: the closing brace
        case whileStmt(label: String?, [Condition], [Stmt])
        case repeatWhile(label: String?, [Stmt], Expr)
        case forIn(label: String?, Pattern, Expr, whereClause: Expr?, [Stmt])
        case switchStmt(label: String?, Expr, [SwitchCase])
        case block([Stmt])                              // `do { ... }`
        case doCatch([Stmt], [CatchClause])             // `do { ... } catch ... { ... }`
        case throwStmt(Expr)
        case deferStmt([Stmt])                          // runs when the enclosing scope exits
        case declarationGroup([Stmt])                   // `let a = 1, b = 2`: same scope
        case breakStmt(String?)
        case continueStmt(String?)
        case returnStmt(Expr?)
        case importDecl(String)
        case unsupported(String)
    }
}

extension Stmt.Kind {
    var isTypeDeclaration: Bool {
        switch self {
        case .structDecl, .enumDecl: true
        default: false
        }
    }
}

extension Expr.Kind {
    var unparenthesised: Expr.Kind {
        if case .paren(let x) = self { return x.kind.unparenthesised }
        return self
    }
}

extension Expr {
    /// A short name for messages: the variable's name, or "value".
    var description: String {
        if case .name(let n) = kind { return n }
        return "value"
    }
}

extension Stmt {
    /// Names this statement declares in its enclosing scope.
    var declaredNames: [String] {
        switch kind {
        case .variable(_, let p, _, _): p.boundNames
        case .declarationGroup(let items): items.flatMap(\.declaredNames)
        case .function(let f): [f.name]
        case .structDecl(let d): [d.name]
        case .enumDecl(let d): [d.name]
        case .guardStmt(let conds, _, _):
            conds.flatMap { c -> [String] in
                switch c {
                case .optionalBinding(_, let n, _, _, _): [n]
                case .casePattern(let p, _, _): p.boundNames
                case .expr: []
                }
            }
        default: []
        }
    }
}

extension Pattern {
    var boundNames: [String] {
        switch self {
        case .name(let n, _): [n]
        case .wildcard, .expr: []
        case .tuple(let ps, _): ps.flatMap(\.boundNames)
        case .binding(_, let p, _), .optional(let p, _): p.boundNames
        case .enumCase(let c): (c.payload ?? []).flatMap(\.pattern.boundNames)
        case .cast(let p, _, _): p.boundNames
        case .isType: []
        }
    }
}

extension TypeRepr {
    var loc: SourceLoc {
        switch self {
        case .named(_, let l): l
        case .array(let e), .optional(let e): e.loc
        case .dictionary(let k, _): k.loc
        case .tuple(let fs): fs.first?.type.loc ?? .unknown
        case .function(let ps, let r): ps.first?.loc ?? r.loc
        case .existential(_, let l): l
        }
    }
}
