// Welford's running mean and variance in a struct with a mutating method.
struct Stats {
    var n = 0
    var mean = 0.0
    var m2 = 0.0
    mutating func add(_ x: Double) {
        n += 1
        let delta = x - mean
        mean += delta / Double(n)
        m2 += delta * (x - mean)
    }
    var variance: Double { n > 1 ? m2 / Double(n - 1) : 0 }
}
var s = Stats()
for x in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0] {
    s.add(x)
}
print(s.n, s.mean, s.variance)
var t = s
t.add(100)
print(s.n, t.n, t.mean)
print(Stats())
