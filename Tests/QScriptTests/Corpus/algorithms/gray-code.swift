// Reflected Gray code: successive codes differ in exactly one bit.
func gray(_ n: Int) -> Int { n ^ (n >> 1) }
var previous = 0
for i in 0..<8 {
    let g = gray(i)
    var bits = String(g, radix: 2)
    while bits.count < 3 { bits = "0" + bits }
    print(i, bits, (g ^ previous).nonzeroBitCount)
    previous = g
}
