/// Where long QGen work reports how far it got, e.g. "step 40 of 200 · loss 1.234e-03". A caller
/// that shows progress (the tutorial runner's progress line) sets `Progress.report` for the work
/// it starts; without one, reporting costs a task-local read per step.
public enum Progress {
    /// The closure in a struct: Swift 6.3.1's optimiser miscompiles a task-local value of optional
    /// closure type (a release build crashes in `swift_task_localValuePush`).
    public struct Reporter: Sendable {
        public let report: @Sendable (String) -> Void
        public init(_ report: @escaping @Sendable (String) -> Void) { self.report = report }
    }

    @TaskLocal public static var reporter: Reporter?

    /// What reports go to, if anyone listens.
    public static var report: (@Sendable (String) -> Void)? { reporter?.report }
}
