import Foundation

/// `⠋ cell 3 · train · 2.4 s · step 40 of 200 · loss 1.2e-03` on standard error, redrawn while a
/// cell runs and erased after; the last part is what the cell's library work last reported.
final class ProgressLine: @unchecked Sendable {
    /// What redraws the line.
    enum Ticking {
        /// A timer, every 0.1 s once the cell has run `delay` seconds (most cells finish before
        /// anyone would notice).
        case timer(delay: Double)
        /// Only `tick(elapsed:)`: tests draw each frame themselves.
        case manual
    }

    private static let frames = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")

    private let console: Console
    private let ticking: Ticking
    private let lock = NSLock()
    private var timer: DispatchSourceTimer?
    /// What is running, nil between cells.
    private var running: String?
    /// What the running cell's library work last reported.
    private var status: String?
    private var frame = 0
    private var shown = false
    /// Bumped by every start and stop, so a tick already queued when the cell ended draws nothing.
    private var generation = 0

    init(console: Console, ticking: Ticking = .timer(delay: 0.5)) {
        self.console = console
        self.ticking = ticking
    }

    func start(_ what: String) {
        stop()
        let mine = lock.withLock {
            running = what
            status = nil
            frame = 0
            return generation
        }
        guard case .timer(let delay) = ticking else { return }
        let began = DispatchTime.now()
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + delay, repeating: 0.1)
        timer.setEventHandler { [weak self] in
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - began.uptimeNanoseconds) / 1e9
            self?.draw(elapsed: seconds, generation: mine)
        }
        lock.withLock { self.timer = timer }
        timer.resume()
    }

    /// Shows `text` after the elapsed time from the next frame on (called from the cell's thread).
    func detail(_ text: String) {
        lock.withLock { status = text }
    }

    /// Draws the next frame, `elapsed` seconds into the running cell; nothing between cells.
    func tick(elapsed: Double) {
        draw(elapsed: elapsed, generation: lock.withLock { generation })
    }

    func stop() {
        lock.lock()
        defer { lock.unlock() }
        generation += 1
        timer?.cancel()
        timer = nil
        running = nil
        status = nil
        if shown { console.err("\r\u{1B}[K") }
        shown = false
    }

    private func draw(elapsed: Double, generation drawn: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard generation == drawn, let running else { return }
        let detail = status.map { " · \($0)" } ?? ""
        console.err("\r\(Self.frames[frame % Self.frames.count]) \(running) · \(String(format: "%.1f", elapsed)) s\(detail)\u{1B}[K")
        shown = true
        frame += 1
    }
}
