import QScript

/// Runs a tutorial through the execution cache. When every cell's key is in the cache, no
/// session starts at all. Otherwise the run starts at the first changed cell k, in a session
/// restored from the snapshot of the state after cell k−1 (saved by an earlier run), so editing
/// cell k runs cells k… and nothing before. When no snapshot of that state exists (it held a
/// closure, or an earlier snapshot was the last one saved), the run continues from the latest
/// earlier snapshot, or from the start, running the cells in between again to rebuild the
/// session; their outputs are compared with the cache, which catches a cell that is not
/// deterministic.
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
        /// Ran only to rebuild the session for a later cell that changed, because the state
        /// after an earlier cell was not saved (`why`).
        case replayed(forCell: Int, matchedCache: Bool, why: String)
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
        let save: (Int, TutorialRunner.SnapshotTaker) -> Void = { index, take in
            cache.storeSnapshot(key: keys.keys[index], take)
        }

        // The latest state before the changed cell that the cache holds, and why the states
        // after it (if any) are missing.
        var why = ""
        var resume: TutorialRunner.ResumePoint?
        for index in stride(from: firstMiss - 1, through: 0, by: -1) where tutorial.cells[index].runsInSession {
            switch cache.snapshot(keys.keys[index]) {
            case .success(let snapshot)?:
                resume = TutorialRunner.ResumePoint(afterCell: index, snapshot: snapshot)
            case .failure(let refusal)?:
                if why.isEmpty { why = "the session after cell \(index + 1) could not be saved: \(refusal)" }
                continue
            case nil:
                if why.isEmpty { why = "the cache has no saved session after cell \(index + 1)" }
                continue
            }
            break
        }
        var runs: [CellRun]
        var start = 0
        if let resume, let resumed = try? runner.run(tutorial, resuming: resume, observer: observer, saving: save) {
            runs = Array(cached[...resume.afterCell].map { $0! }) + resumed
            start = resume.afterCell + 1
        } else {
            if let resume {
                why = "the saved session after cell \(resume.afterCell + 1) did not restore"
                // Dropped, so this run saves it again.
                cache.removeSnapshot(keys.keys[resume.afterCell])
            }
            runs = (try? runner.run(tutorial, resuming: nil, observer: observer, saving: save)) ?? []
        }
        let run = TutorialRun(tutorial: tutorial, cells: runs)
        let sources: [Source] = run.cells.indices.map { index in
            if index < start { return .cached }
            if index < firstMiss {
                return .replayed(forCell: firstMiss + 1, matchedCache: cached[index] == run.cells[index], why: why)
            }
            var reason = keys.reason(forCell: index, comparedWith: previous)
            if index == firstMiss && start > 0 { reason += " (continuing from the session saved after cell \(start))" }
            return .ran(reason: reason)
        }
        // A failed run is not kept: a cell that timed out on a busy machine must run again.
        if !run.failed { cache.store(run, keys: keys) }
        return (run, sources, keys.keys)
    }
}
