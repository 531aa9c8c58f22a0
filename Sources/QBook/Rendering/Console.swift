import Foundation

/// Standard output and error, written unbuffered so that what a person sees interleaves in the
/// order it happened. Tests give it their own sinks.
public final class Console: @unchecked Sendable {
    public typealias Sink = @Sendable (String) -> Void

    private let lock = NSLock()
    private let outSink: Sink
    private let errSink: Sink
    /// Whether standard error is a terminal a person watches (progress is drawn only there).
    public let errorIsTerminal: Bool
    /// Colour only on a terminal, and never when NO_COLOR is set.
    public let usesColor: Bool

    public init() {
        outSink = { FileHandle.standardOutput.write(Data($0.utf8)) }
        errSink = { FileHandle.standardError.write(Data($0.utf8)) }
        errorIsTerminal = isatty(STDERR_FILENO) == 1
        usesColor = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    public init(out: @escaping Sink, err: @escaping Sink, errorIsTerminal: Bool = false, usesColor: Bool = false) {
        outSink = out
        errSink = err
        self.errorIsTerminal = errorIsTerminal
        self.usesColor = usesColor
    }

    public func out(_ text: String) { write(text, to: outSink) }
    public func err(_ text: String) { write(text, to: errSink) }

    private func write(_ text: String, to sink: Sink) {
        guard !text.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        sink(text)
    }
}
