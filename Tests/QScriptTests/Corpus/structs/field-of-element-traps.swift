// Reading a property of an array element out of range traps on that line.
struct Sample {
    var value: Double
    var label: String
}
let samples = [Sample(value: 1.5, label: "a"), Sample(value: 2.5, label: "b")]
var total = 0.0
for i in 0..<samples.count { total += samples[i].value }
print(total, samples[1].label, samples[0].value)
var k = 2
print(samples[k].label) // traps here
