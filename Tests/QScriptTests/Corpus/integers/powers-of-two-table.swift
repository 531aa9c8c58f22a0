// A table of 2^n with shifts, the size of an n-qubit state space.
print("n", "2^n", "hex", separator: "\t")
for n in stride(from: 0, through: 60, by: 10) {
    let size = 1 << n
    print(n, size, String(size, radix: 16), separator: "\t")
}
var p = 1
var k = 0
while p < 1_000_000 {
    p *= 2
    k += 1
}
print("first power of two above a million: 2^\(k) = \(p)")
