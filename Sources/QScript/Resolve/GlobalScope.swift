/// The session's names: everything declared at the top level of earlier cells, plus the
/// current cell's declarations until the cell is committed or rolled back.
final class GlobalScope {
    private var committed: [String: ScopeEntry] = [:]
    private var pending: [String: ScopeEntry] = [:]
    /// Modules imported by earlier cells (or implicitly, see `Session.init(imports:)`).
    var imports: Set<String> = []
    /// Every committed global variable in the order committed (by name within a cell), including
    /// those a later cell's declaration hides (an earlier function may still use them): the
    /// order a session snapshot lists their values in.
    private(set) var variables: [GlobalVar] = []

    func lookup(_ name: String) -> ScopeEntry? {
        pending[name] ?? committed[name]
    }

    /// Every binding visible now (this cell's over the committed ones).
    var visibleBindings: [String: ScopeEntry] {
        committed.merging(pending) { _, new in new }
    }

    func declaredInCurrentCell(_ name: String) -> ScopeEntry? {
        pending[name]
    }

    func declare(_ name: String, _ binding: ScopeEntry) {
        pending[name] = binding
    }

    /// Keeps the current cell's declarations whose names are in `keep` (or all), drops the rest.
    func commit(keeping keep: Set<String>? = nil) {
        for (name, b) in pending.sorted(by: { $0.key < $1.key }) {
            if case .poisoned = b { continue }
            if let keep, !keep.contains(name) { continue }
            committed[name] = b
            if case .global(let g) = b { variables.append(g) }
        }
        pending = [:]
    }

    func discardPending() {
        pending = [:]
    }

    /// Every committed global variable's storage, for snapshots around a statement.
    var committedRefs: [Ref] {
        committed.values.compactMap { if case .global(let g) = $0 { g.ref } else { nil } }
    }

    var pendingRefs: [Ref] {
        pending.values.compactMap { if case .global(let g) = $0 { g.ref } else { nil } }
    }

    /// Drops every value, breaking reference cycles between functions and globals.
    func tearDown() {
        for b in Array(committed.values) + Array(pending.values) {
            if case .global(let g) = b { g.ref.value = .void }
            // A recursive function's body refers to its own `Function`: cut those cycles too.
            let functions: [FunctionSignature] = switch b {
            case .function(let f): [f]
            case .overloaded(let fs): fs
            default: []
            }
            for f in functions {
                if case .global(let g) = f.storage { g.ref.value = .void }
                f.handle?.body = Checker.notYetCompiled(paramCount: f.paramTypes.count)
            }
        }
        for g in variables { g.ref.value = .void }
        committed = [:]
        pending = [:]
        variables = []
    }
}
