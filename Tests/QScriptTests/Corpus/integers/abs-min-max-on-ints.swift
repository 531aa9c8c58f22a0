// abs, min and max with Int arguments, including more than two.
print(abs(-17), abs(0), abs(17))
print(min(3, 9), max(3, 9), min(4, -2, 8), max(1, 5, 3, 2))
let values = [12, -40, 7]
var largestMagnitude = 0
for v in values {
    largestMagnitude = max(largestMagnitude, abs(v))
}
print(largestMagnitude)
print(abs(Int.max), -Int.max)
