// Prefix sums, range sums from them, and sliding-window maxima.
let xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
var prefix = [0]
for x in xs { prefix.append(prefix.last! + x) }
print(prefix)
func rangeSum(_ i: Int, _ j: Int) -> Int { prefix[j + 1] - prefix[i] }
print(rangeSum(0, 9), rangeSum(2, 4), rangeSum(5, 5))
let k = 3
let windows = (0...(xs.count - k)).map { Array(xs[$0..<($0 + k)]) }
print(windows.count, windows.first!, windows.last!)
print(windows.map { $0.max()! })
print(windows.map { $0.reduce(0, +) }.enumerated().max { $0.element < $1.element }!)
