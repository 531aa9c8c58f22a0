// A windowed moving average using prefix sums.
let signal = [3.0, 5.0, 7.0, 2.0, 8.0, 10.0, 11.0, 65.0, 72.0, 81.0]
var prefix = [0.0]
for x in signal {
    prefix.append(prefix.last! + x)
}
let window = 3
var averages: [Double] = []
for end in window...signal.count {
    averages.append((prefix[end] - prefix[end - window]) / Double(window))
}
print(averages.count)
print(averages)
