struct Log {
    var entries: [String] = [] {
        didSet { print("log has \(entries.count) entries (was \(oldValue.count))") }
    }
    var limit = 3 {
        willSet(next) { print("limit", limit, "->", next) }
    }

    mutating func add(_ s: String) {
        entries.append(s)
        if entries.count > limit {
            entries.removeFirst()
        }
    }
}

var log = Log()
log.add("a")
log.add("b")
log.limit = 2
log.add("c")
log.entries[0] = "z"
print(log.entries)
var copy = log
copy.limit += 5
print(log.limit, copy.limit)
