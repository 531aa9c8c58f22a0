import Foundation

/// `⠋ cell 3 · train · 2.4 s` on standard error, redrawn while a cell runs and erased after.
final class ProgressLine: @unchecked Sendable {
    private let console: Console
    /// How long a cell runs before the line appears: most cells finish before anyone would notice.
    private let delay: Double
    private let lock = NSLock()
    private var timer: DispatchSourceTimer?
    private var shown = false
    /// Bumped by every start and stop, so a tick already queued when the cell ended draws nothing.
    private var generation = 0

    init(console: Console, delay: Double = 0.5) {
        self.console = console
        self.delay = delay
    }

    func start(_ what: String) {
        stop()
        let began = DispatchTime.now()
        let frames = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
        var frame = 0
        lock.lock()
        generation += 1
        let mine = generation
        lock.unlock()
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + delay, repeating: 0.1)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9
            self.lock.lock()
            defer { self.lock.unlock() }
            guard self.generation == mine else { return }
            self.console.err("\r\(frames[frame % frames.count]) \(what) · \(String(format: "%.1f", seconds)) s\u{1B}[K")
            self.shown = true
            frame += 1
        }
        lock.lock()
        self.timer = timer
        lock.unlock()
        timer.resume()
    }

    func stop() {
        lock.lock()
        defer { lock.unlock() }
        generation += 1
        timer?.cancel()
        timer = nil
        if shown { console.err("\r\u{1B}[K") }
        shown = false
    }
}
