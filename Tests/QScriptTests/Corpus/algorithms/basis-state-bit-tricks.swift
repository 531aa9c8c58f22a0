// Bit manipulation of n-qubit basis states: parity, bit reversal, swapping two qubits.
let n = 4
func bits(_ x: Int) -> String {
    let s = String(x, radix: 2)
    return String(repeating: "0", count: n - s.count) + s
}
func reverseBits(_ x: Int) -> Int {
    var r = 0
    for i in 0..<n where x & (1 << i) != 0 { r |= 1 << (n - 1 - i) }
    return r
}
func swapQubits(_ x: Int, _ i: Int, _ j: Int) -> Int {
    let bi = (x >> i) & 1, bj = (x >> j) & 1
    return bi == bj ? x : x ^ ((1 << i) | (1 << j))
}
for x in [0, 1, 5, 6, 11, 15] {
    let parity = x.nonzeroBitCount % 2
    print(bits(x), parity, bits(reverseBits(x)), bits(swapQubits(x, 0, 3)), bits(x ^ 0b1111))
}
let evenStates = (0..<(1 << n)).filter { $0.nonzeroBitCount % 2 == 0 }
print(evenStates.count, evenStates.map(bits).prefix(4))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, -16 >> 2)
