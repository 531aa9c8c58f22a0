/// A variable local to a function (or to the cell's top-level blocks): a slot in its frame.
final class LocalVar {
    let name: String
    let type: QType
    let isLet: Bool
    let slot: Int
    /// Captured by a closure: the slot holds a `Ref` box, created anew at each declaration.
    let boxed: Bool
    let loc: SourceLoc
    unowned let owner: FunctionContext
    /// The value of a `let` initialised with a compile-time constant (swiftc folds such locals,
    /// so overflow or division by zero with them is a compile-time error).
    var constant: Value?
    /// A function's parameter: its slot holds the argument from the call on, so reads need no
    /// check for a missing value.
    var isParameter = false

    init(name: String, type: QType, isLet: Bool, slot: Int, boxed: Bool, loc: SourceLoc, owner: FunctionContext) {
        self.name = name
        self.type = type
        self.isLet = isLet
        self.slot = slot
        self.boxed = boxed
        self.loc = loc
        self.owner = owner
    }
}

/// A variable declared at the top level of a cell: it persists in the session.
final class GlobalVar {
    let name: String
    let type: QType
    let isLet: Bool
    let ref: Ref
    let loc: SourceLoc

    init(name: String, type: QType, isLet: Bool, ref: Ref, loc: SourceLoc) {
        self.name = name
        self.type = type
        self.isLet = isLet
        self.ref = ref
        self.loc = loc
    }
}

/// A named `func`: its signature, and where its `Function` value lives.
final class FunctionSignature {
    let name: String
    let labels: [String?]
    let paramNames: [String]
    let paramTypes: [QType]
    /// Default argument values, compiled in the declaring context (constants or global reads).
    var defaults: [Typed?]
    let result: QType
    let loc: SourceLoc
    let storage: ScopeEntry
    /// Which parameters are `inout`: the function then returns a tuple of its result and their
    /// final values, which the call writes back (copy-in, copy-out, as Swift's semantics are).
    var inoutParams: [Bool] = []
    var hasInout: Bool { inoutParams.contains(true) }
    /// For a top-level `func`: its `Function`, made when declared and completed when its body
    /// is compiled, so call sites can hold it directly.
    var handle: Function?
    /// Declared `throws`: calls need `try`, and the function cannot be used as a value.
    var isThrowing = false

    init(name: String, labels: [String?], paramNames: [String], paramTypes: [QType], defaults: [Typed?],
         result: QType, loc: SourceLoc, storage: ScopeEntry) {
        self.name = name
        self.labels = labels
        self.paramNames = paramNames
        self.paramTypes = paramTypes
        self.defaults = defaults
        self.result = result
        self.loc = loc
        self.storage = storage
    }

    var type: QType { .function(paramTypes, result) }

    /// `f(a:_:)`, as Swift names functions in messages.
    var fullName: String {
        name + "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }
}

indirect enum ScopeEntry {
    case local(LocalVar)
    case global(GlobalVar)
    case function(FunctionSignature)
    /// Functions of one base name told apart by their argument labels.
    case overloaded([FunctionSignature])
    /// The name's declaration failed to check; uses are not reported again.
    case poisoned
    /// A struct or an enum declared in a cell.
    case declaredType(DeclaredType)
    /// A generic function (instantiated for its arguments' types at each call).
    case genericFunction(GenericFunction)
    /// A generic parameter's name inside a generic function: the type it stands for.
    case typeAlias(QType)

    var type: QType? {
        switch self {
        case .local(let v): v.type
        case .global(let g): g.type
        case .function(let f): f.type
        case .overloaded(let fs): fs.first?.type
        case .poisoned: nil
        case .declaredType(let t): .metatype(t.type)
        case .genericFunction: nil
        case .typeAlias(let t): .metatype(t)
        }
    }
}

/// A loop or `switch` that `break`/`continue` can leave.
struct BreakTarget {
    var label: String?
    var id: Int
    var isLoop: Bool
}

/// The function (or closure, or cell) being compiled: its slots, block scopes and captures.
final class FunctionContext {
    let parent: FunctionContext?
    var slotCount: Int
    var scopes: [[String: ScopeEntry]] = [[:]]
    /// Variables captured from enclosing functions: the slot here, and where the box comes from
    /// in the enclosing function's frame.
    var captures: [(variable: LocalVar, slot: Int, sourceSlot: Int)] = []
    /// The declared result type; nil while a closure's result is being inferred.
    var resultType: QType?
    var inferredResults: [QType] = []
    var breakTargets: [BreakTarget] = []
    /// While a `defer` body is checked: how many break targets were open when it began (its
    /// `break`/`continue` may not leave it, nor may a `return`).
    var deferBases: [Int] = []
    /// Names used inside nested closures and functions: locals with these names are boxed.
    let capturedNames: Set<String>
    let isTopLevel: Bool
    /// For a struct's method or computed property: the struct, whose members unqualified names
    /// reach through `self` (after the method's own locals, before globals).
    var selfType: DeclaredType?
    /// For an initializer: what its body has given `self` so far.
    var initializer: InitializerState?
    /// For a static method or a static property's initial value: the type, whose static
    /// members unqualified names reach.
    var staticOf: DeclaredType?
    /// For a property observer: the property's index (setting it there calls no observer).
    var observedField: Int?
    /// What errors thrown here can reach: the function is declared `throws` (or is a cell's
    /// top level, where an uncaught error ends the program as in `main.swift`).
    var canThrow = false
    /// A closure: an error thrown in it would make it a throwing closure (not in the subset).
    var isClosure = false
    /// The enclosing `do`/`catch` statements, innermost last: whether each catches everything.
    var catchExhaustive: [Bool] = []
    /// The enclosing `try` forms, innermost last (a call that can throw needs one).
    var tries: [TryKind] = []
    /// Every slot after slot 0 holds only `Int`, `Double` or `Bool` values (no boxes): leaving
    /// the frame needs no releases.
    private(set) var trivialSlots = true
    /// How statements of an `Int` function's body end, by statement (see `Checker.intBody`).
    var intReturns: [ObjectIdentifier: IntReturn] = [:]

    init(parent: FunctionContext?, paramCount: Int, resultType: QType?, capturedNames: Set<String>, isTopLevel: Bool) {
        self.parent = parent
        self.slotCount = 1 + paramCount
        self.resultType = resultType
        self.capturedNames = capturedNames
        self.isTopLevel = isTopLevel
    }

    /// A new slot; `trivial` when it will only ever hold `Int`, `Double` or `Bool` values.
    func newSlot(trivial: Bool = false) -> Int {
        if !trivial { trivialSlots = false }
        slotCount += 1
        return slotCount - 1
    }

    /// Parameter slots are not made with `newSlot`; a parameter that needs releasing says so here.
    func parameterNeedsRelease() {
        trivialSlots = false
    }

    func lookupHere(_ name: String) -> ScopeEntry? {
        for scope in scopes.reversed() {
            if let b = scope[name] { return b }
        }
        return nil
    }

    /// The slot in this frame holding the box of `v`, a variable of an enclosing function.
    func captureSlot(for v: LocalVar) -> Int {
        if v.owner === self { return v.slot }
        if let c = captures.first(where: { $0.variable === v }) { return c.slot }
        let source = parent!.captureSlot(for: v)
        let slot = newSlot()
        captures.append((v, slot, source))
        return slot
    }
}
