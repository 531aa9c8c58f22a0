// abs(Int.min) has no representable result.
var values = [3, -4, -Int.max - 1]
var magnitudes: [Int] = []
for v in values {
    print("taking abs of", v)
    magnitudes.append(abs(v)) // traps here
}
print(magnitudes, values)
