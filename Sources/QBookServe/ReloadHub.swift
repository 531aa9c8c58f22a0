/// The pages open in browsers, each waiting on a web socket for "reload". A build that finishes
/// tells every one of them at once.
actor ReloadHub {
    private var waiting: [Int: AsyncStream<Void>.Continuation] = [:]
    private var nextID = 0

    /// A stream that yields once per finished build, until the page goes away.
    func subscribe() -> AsyncStream<Void> {
        let id = nextID
        nextID += 1
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        waiting[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    func broadcast() {
        for continuation in waiting.values { continuation.yield() }
    }

    var count: Int { waiting.count }

    private func remove(_ id: Int) { waiting[id] = nil }
}
