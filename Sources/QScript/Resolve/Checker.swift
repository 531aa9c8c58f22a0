/// A diagnostic raised while checking; `silent` when the cause was already reported.
struct CheckError: Error {
    var diagnostic: Diagnostic?
    static let silent = CheckError(diagnostic: nil)
}

/// The resolver and type checker. It walks QScript's tree once, resolving names to frame slots,
/// computing Swift's static types, and emitting the specialised closures the evaluator runs
/// (`Eval/`). Nothing of a cell runs until the whole cell has been checked.
final class Checker {
    let globals: GlobalScope
    let machine: Machine
    let library: Library
    var diagnostics: [Diagnostic] = []
    var fn: FunctionContext
    /// Names declared by each top-level statement, to undo them if that statement fails.
    var declaredNames: [String] = []
    var nextLoopID = 1
    /// Variables declared without a value and not yet assigned on every path (Swift's
    /// definite initialisation, for straight-line code, branches and loops).
    var uninitialized = Set<ObjectIdentifier>()
    /// Variables the assignment being checked initialises.
    var initializing: [ObjectIdentifier] = []
    /// While the base of `self.field` is read in an initializer: `self` may be incomplete (the
    /// field itself was checked).
    var partialSelfRead = false
    /// While the place of `a op= b` is checked: an `.assign` place that is also read (the
    /// old value is needed: a getter runs, a property must already be set).
    var compoundAssigning = false
    /// While a cell's types are declared: the names of the cell's functions, declared after
    /// them (a stored property's default value cannot call them yet).
    var functionsDeclaredLater: Set<String> = []
    /// What Swift's solver would charge for the conversions made so far (literals typed other
    /// than by default, values wrapped in optionals); overloads are ranked by it (`Checker+Trials`).
    var score = OverloadScore()
    /// Nodes of operator expressions `OperatorInference` has typed in this cell, counted so a
    /// test can check that the cost stays linear in the expression's size.
    var operatorNodesTyped = 0
    /// Set while checking a library default argument: names then mean the library's, never a
    /// cell's variables or functions.
    var libraryContext = false
    /// While a generic function is compiled for a later cell: the globals of its own cell.
    var frozenGlobals: [String: ScopeEntry]?
    /// Places standing for expressions the checker made itself (the wrapped value of an
    /// optional chain that a mutating method of a cell's type changes).
    var placeOverrides: [ObjectIdentifier: Place] = [:]
    /// Values standing for expressions the checker made itself (a step of an optional chain).
    var valueOverrides: [ObjectIdentifier: Typed] = [:]
    /// Generic functions' copies for the argument types of this cell's calls, and the ones still
    /// to compile (at the end of the cell, with its other functions).
    var instantiations: [Instantiation.Key: FunctionSignature] = [:]
    var pendingInstantiations: [Instantiation] = []

    /// Modules visible in this cell: earlier cells' imports and this cell's own (anywhere in it).
    let imports: Set<String>

    init(globals: GlobalScope, machine: Machine, library: Library, topLevel stmts: [Stmt]) {
        self.globals = globals
        self.machine = machine
        self.library = library
        var imports = globals.imports
        for s in stmts { if case .importDecl(let m) = s.kind { imports.insert(m) } }
        self.imports = imports
        self.fn = FunctionContext(parent: nil, paramCount: 0, resultType: nil,
                                  capturedNames: CaptureScan.names(in: stmts), isTopLevel: true)
        // An error thrown at a cell's top level ends the cell, as one ends a `main.swift`.
        self.fn.canThrow = true
    }

    var m: UnsafeMutablePointer<MachineState> { machine.state }

    func error(_ id: String, _ message: String, at loc: SourceLoc, notes: [Diagnostic.Note] = []) -> CheckError {
        CheckError(diagnostic: Diagnostic(id: id, message: message, at: loc, notes: notes))
    }

    func unsupported(_ what: String, at loc: SourceLoc) -> CheckError {
        error("unsupported", Diagnostic.unsupported(what), at: loc)
    }

    func report(_ e: CheckError) {
        if let d = e.diagnostic { diagnostics.append(d) }
    }

    // MARK: scopes

    var atCellTopLevel: Bool { fn.isTopLevel && fn.scopes.count == 1 }

    func pushScope() { fn.scopes.append([:]) }
    func popScope() { fn.scopes.removeLast() }

    func lookup(_ name: String) -> ScopeEntry? {
        if libraryContext { return nil }
        var ctx: FunctionContext? = fn
        while let c = ctx {
            if let b = c.lookupHere(name) { return b }
            ctx = c.parent
        }
        if let frozen = frozenGlobals { return frozen[name] }
        return globals.lookup(name)
    }

    /// Declares a variable in the innermost scope: a global at a cell's top level, else a slot.
    func declareVariable(_ name: String, type: QType, isLet: Bool, at loc: SourceLoc) throws(CheckError) -> ScopeEntry {
        try checkRedeclaration(name, at: loc)
        let binding: ScopeEntry
        if atCellTopLevel {
            binding = .global(GlobalVar(name: name, type: type, isLet: isLet, ref: Ref(), loc: loc))
            globals.declare(name, binding)
            declaredNames.append(name)
        } else {
            let boxed = fn.capturedNames.contains(name)
            let v = LocalVar(name: name, type: type, isLet: isLet, slot: fn.newSlot(trivial: type.isTrivial && !boxed),
                             boxed: boxed, loc: loc, owner: fn)
            binding = .local(v)
            fn.scopes[fn.scopes.count - 1][name] = binding
        }
        return binding
    }

    func checkRedeclaration(_ name: String, at loc: SourceLoc) throws(CheckError) {
        if name == "_" { return }
        let existing: ScopeEntry? = atCellTopLevel ? globals.declaredInCurrentCell(name) : fn.scopes.last?[name]
        if let existing, case .poisoned = existing { return }
        if existing != nil {
            throw error("redeclaration", "invalid redeclaration of '\(name)'", at: loc)
        }
    }

    func poison(_ names: [String]) {
        for n in names where n != "_" {
            if atCellTopLevel {
                if globals.declaredInCurrentCell(n) == nil { globals.declare(n, .poisoned) }
            } else if fn.scopes[fn.scopes.count - 1][n] == nil {
                fn.scopes[fn.scopes.count - 1][n] = .poisoned
            }
        }
    }

    func newLoopID() -> Int {
        nextLoopID += 1
        return nextLoopID
    }

    func bindingID(_ b: ScopeEntry) -> ObjectIdentifier? {
        switch b {
        case .local(let v): ObjectIdentifier(v)
        case .global(let g): ObjectIdentifier(g)
        default: nil
        }
    }

    /// Branches that start from the same state: afterwards a variable is initialised only if
    /// every branch that falls through initialised it.
    struct BranchState {
        let before: Set<ObjectIdentifier>
        var after = Set<ObjectIdentifier>()
        var fallsThrough = false
    }

    func beginBranches() -> BranchState { BranchState(before: uninitialized) }

    func endBranch(_ s: inout BranchState, exits: Bool) {
        if !exits {
            s.after.formUnion(uninitialized)
            s.fallsThrough = true
        }
        uninitialized = s.before
    }

    func finishBranches(_ s: BranchState) {
        uninitialized = s.fallsThrough ? s.after : s.before
    }

    /// Foundation's additions (and the C math functions) exist only after an import.
    func requireFoundation(_ what: String, mathOnly: Bool = false, at loc: SourceLoc, message: String? = nil) throws(CheckError) {
        if imports.contains("Foundation") { return }
        if mathOnly && (imports.contains("Glibc") || imports.contains("Darwin")) { return }
        throw error("needs-import", message ?? "cannot find '\(what)' in scope", at: loc,
                    notes: [.init(message: "'\(what)' comes from Foundation: add 'import Foundation'")])
    }
}
