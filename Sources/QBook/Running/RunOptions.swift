/// How to run a tutorial.
public struct RunOptions: Sendable {
    /// Stop at the first cell that fails unexpectedly; later cells are `skipped`.
    public var failFast = false
    /// Seconds a cell may run unless its `timeout` option says otherwise.
    public var defaultTimeout: Double = 60

    public init(failFast: Bool = false, defaultTimeout: Double = 60) {
        self.failFast = failFast
        self.defaultTimeout = defaultTimeout
    }
}

/// Told about each cell as the run reaches it, e.g. to show that a long cell is alive.
public protocol RunObserver: AnyObject, Sendable {
    /// Before a cell runs (not called for skipped cells).
    func cellWillRun(_ cell: Cell, of tutorial: Tutorial)
    /// After a cell ran or was skipped.
    func cellDidRun(_ cell: Cell, result: CellRun, of tutorial: Tutorial)
    /// While a cell runs: what its library work last reported ("step 40 of 200 · loss …").
    func cellReported(_ status: String)
}

extension RunObserver {
    public func cellReported(_ status: String) {}
}
