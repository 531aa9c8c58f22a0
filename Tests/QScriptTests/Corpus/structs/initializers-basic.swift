struct Histogram {
    var counts: [Int]
    let width: Double
    var total = 0

    init(bins: Int, range: Double) {
        counts = Array(repeating: 0, count: bins)
        width = range / Double(bins)
    }

    init(counts: [Int]) {
        self.counts = counts
        self.width = 1.0
        total = counts.reduce(0, +)
    }

    mutating func add(_ x: Double) {
        let i = min(Int(x / width), counts.count - 1)
        counts[i] += 1
        total += 1
    }
}

var h = Histogram(bins: 4, range: 2.0)
for x in [0.1, 0.6, 0.7, 1.9, 1.2] { h.add(x) }
print(h)
print(h.counts, h.width, h.total)
let g = Histogram(counts: [3, 1, 2])
print(g.total, g)
