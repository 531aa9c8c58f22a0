// Scaling by a Double variable uses the Complex-Double operators; a literal picks Complex-Complex,
// as swiftc resolves it (visible with an infinite part).
let a = Complex(Double.infinity, 1)
let k = 2.0
print(a * k, k * a)
print(a * 2.0, 2.0 * a)
let b = Complex(1.5, -2)
print(b * k, k * b, b / k)
