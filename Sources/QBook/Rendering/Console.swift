import Foundation

/// Standard output and error, written unbuffered so that what a person sees interleaves in the
/// order it happened.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()

    public init() {}

    public static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    /// Colour only on a terminal, and never when NO_COLOR is set.
    public static var usesColor: Bool {
        standardOutputIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    public func out(_ text: String) { write(text, to: FileHandle.standardOutput) }
    public func err(_ text: String) { write(text, to: FileHandle.standardError) }

    private func write(_ text: String, to handle: FileHandle) {
        guard !text.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        handle.write(Data(text.utf8))
    }
}
