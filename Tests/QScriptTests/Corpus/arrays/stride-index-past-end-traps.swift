// Reading pairs with a stride runs one past the end of an odd-length array.
var samples = [4, 8, 15, 16, 23]
var sums: [Int] = []
for i in stride(from: 0, to: samples.count, by: 2) {
    let pair = samples[i] + samples[i + 1] // traps here
    sums.append(pair)
    print(sums)
}
