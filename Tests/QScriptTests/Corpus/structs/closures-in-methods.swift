// Closures inside methods use the properties of self.
struct Dataset {
    var values: [Double]
    var offset = 0.0

    var mean: Double { values.reduce(0, +) / Double(values.count) }

    func centred() -> [Double] {
        values.map { $0 - mean + offset }
    }

    mutating func normalise() {
        let m = mean
        values = values.map { v in v / m }
    }

    func count(where test: (Double) -> Bool) -> Int {
        values.filter(test).count
    }
}
var d = Dataset(values: [1, 2, 3, 6])
print(d.mean, d.centred())
d.normalise()
print(d.values)
print(d.count { $0 > 1 })
