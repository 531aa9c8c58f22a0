import Foundation

/// `⠋ cell 3 · train · 2.4 s` on standard error, redrawn while a cell runs and erased after.
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
        if shown { console.err("\r\u{1B}[K") }
        shown = false
    }

    private func draw(elapsed: Double, generation drawn: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard generation == drawn, let running else { return }
        console.err("\r\(Self.frames[frame % Self.frames.count]) \(running) · \(String(format: "%.1f", elapsed)) s\u{1B}[K")
        shown = true
        frame += 1
    }
}
