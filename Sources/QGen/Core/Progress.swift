/// Where long QGen work reports how far it got, e.g. "step 40 of 200 · loss 1.234e-03". A caller
/// that shows progress (the tutorial runner's progress line) sets `Progress.report` for the work
/// it starts; without one, reporting costs a task-local read per step.
public enum Progress {
    @TaskLocal public static var report: (@Sendable (String) -> Void)?
}
