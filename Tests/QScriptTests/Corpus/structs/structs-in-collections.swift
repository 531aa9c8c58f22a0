// Arrays and dictionaries of structs: sorting, filtering, mapping, printing.
struct Sample {
    var label: String
    var score: Double
}
var samples = [Sample(label: "b", score: 0.5), Sample(label: "a", score: 0.9), Sample(label: "c", score: 0.1)]
samples.sort { $0.score > $1.score }
print(samples.map { $0.label })
print(samples.filter { $0.score > 0.3 }.count)
var byLabel: [String: Sample] = [:]
for s in samples { byLabel[s.label] = s }
print(byLabel["a"]!)
let best = samples.max { $0.score < $1.score }!
print(best, [samples.first])
print(samples.map { $0.score }.reduce(0, +))
