/// The exit statuses of `qbook`, the same for every command.
public enum ExitStatus: Int32, Sendable {
    /// Everything ran as expected.
    case success = 0
    /// A cell failed unexpectedly (or the site was out of date, for `build --check`).
    case failure = 1
    /// Bad usage or input: a missing or unreadable file, a bad option, a malformed tutorial.
    case usage = 2
}
