// A division by zero inside a computed property traps on its line.
struct Histogram {
    var counts: [Int]
    var total: Int { counts.reduce(0, +) }
    var meanBin: Int { (0..<counts.count).map { $0 * counts[$0] }.reduce(0, +) / total } // traps here
}
var h = Histogram(counts: [1, 3, 4])
print(h.total, h.meanBin)
h.counts = [0, 0]
print(h.total)
print(h.meanBin)
