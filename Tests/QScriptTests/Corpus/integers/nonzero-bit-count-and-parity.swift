// Hamming weights of basis-state indices, as used for parity measurements.
for n in 0..<8 {
    let weight = n.nonzeroBitCount
    let parity = weight % 2 == 0 ? "+1" : "-1"
    print(String(n, radix: 2), weight, parity)
}
print((-1).nonzeroBitCount, Int.max.nonzeroBitCount, 0.nonzeroBitCount)
