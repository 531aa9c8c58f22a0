import Foundation

/// Runs work on a thread with a large stack. The interpreter recurses as the cells do, and the
/// default stacks (8 MiB on the main thread, less on pool threads) would cap recursion too low
/// for the interpreter's own depth limit to be the one that fires.
public enum LargeStack {
    public static let size = 512 << 20

    public static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        return box.value!
    }

    /// Runs `count` jobs, at most `width` at a time, each on its own large-stack thread, and
    /// returns their results in job order.
    public static func map<T: Sendable>(count: Int, width: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let results = (0..<count).map { _ in ResultBox<T>() }
        let slots = DispatchSemaphore(value: max(1, width))
        let group = DispatchGroup()
        for index in 0..<count {
            slots.wait()
            group.enter()
            let thread = Thread {
                results[index].value = body(index)
                slots.signal()
                group.leave()
            }
            thread.stackSize = size
            thread.start()
        }
        group.wait()
        return results.map { $0.value! }
    }
}

/// A slot one thread writes and another reads after a semaphore or group says it is written.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
