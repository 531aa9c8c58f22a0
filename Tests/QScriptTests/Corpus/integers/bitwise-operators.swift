// AND, OR, XOR, NOT on Int.
let a = 0b1100
let b = 0b1010
print(a & b, a | b, a ^ b)
print(~a, ~0, ~(-1))
print(String(a & b, radix: 2), String(a | b, radix: 2), String(a ^ b, radix: 2))
// Testing and flipping single bits of a basis-state index.
var state = 0b0101
for q in 0..<4 {
    let isSet = state & (1 << q) != 0
    print("qubit \(q):", isSet ? 1 : 0)
}
state ^= 1 << 1
print(String(state, radix: 2))
