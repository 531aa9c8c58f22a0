/// Runs a tutorial through the execution cache. When every cell's key is in the cache, no
/// session starts at all. Otherwise the whole tutorial runs: a session's state cannot be
/// restored from disk, so the cells before the first changed one run again to rebuild it (their
/// outputs are compared with the cache, which catches a cell that is not deterministic).
public struct CachingRunner: Sendable {
    public var runner: TutorialRunner
    public var cache: ExecutionCache?

    public init(runner: TutorialRunner, cache: ExecutionCache?) {
        self.runner = runner
        self.cache = cache
    }

    /// How one cell's outputs were obtained, for `qbook build --explain`.
    public enum Source: Sendable, Equatable {
        case cached
        case ran(reason: String)
        /// Ran only to rebuild the session for a later cell that changed.
        case replayed(forCell: Int, matchedCache: Bool)
    }

    /// The run, where each cell's outputs came from, and the cells' keys (empty without a cache).
    public func run(_ tutorial: Tutorial, observer: (any RunObserver)? = nil) -> (run: TutorialRun, sources: [Source], keys: [String]) {
        guard let cache else {
            return (runner.run(tutorial, observer: observer), tutorial.cells.map { _ in .ran(reason: "the cache is off") }, [])
        }
        let keys = cache.keys(for: tutorial)
        let cached = tutorial.cells.indices.map { cache.load(keys.keys[$0], cell: $0, of: tutorial) }
        let hits = cached.compactMap { $0 }
        if hits.count == cached.count {
            return (TutorialRun(tutorial: tutorial, cells: hits), cached.map { _ in .cached }, keys.keys)
        }
        let firstMiss = cached.firstIndex { $0 == nil }!
        let previous = cache.previousKeys(of: tutorial)
        let run = runner.run(tutorial, observer: observer)
        let sources: [Source] = run.cells.indices.map { index in
            if index < firstMiss {
                return .replayed(forCell: firstMiss + 1, matchedCache: cached[index] == run.cells[index])
            }
            return .ran(reason: keys.reason(forCell: index, comparedWith: previous))
        }
        // A failed run is not kept: a cell that timed out on a busy machine must run again.
        if !run.failed { cache.store(run, keys: keys) }
        return (run, sources, keys.keys)
    }
}
