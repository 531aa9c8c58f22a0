// Hamming distances between bit strings, given as strings and as integers.
func distance(_ a: String, _ b: String) -> Int? {
    guard a.count == b.count, let x = Int(a, radix: 2), let y = Int(b, radix: 2) else {
        return nil
    }
    return (x ^ y).nonzeroBitCount
}
print(distance("1011101", "1001001"))
print(distance("0000", "1111"))
print(distance("01", "011"))
print(distance("2", "1"))
let codewords = ["000", "011", "101", "110"]
var minimum = Int.max
for i in 0..<codewords.count {
    for j in (i + 1)..<codewords.count {
        minimum = min(minimum, distance(codewords[i], codewords[j])!)
    }
}
print("minimum distance", minimum)
