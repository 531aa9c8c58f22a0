// Integer division truncates toward zero; the remainder takes the sign of the dividend.
let pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (0, 5), (1, 10)]
for (a, b) in pairs {
    print("\(a) / \(b) = \(a / b), \(a) % \(b) = \(a % b)")
}
// A non-negative modulo, as tutorials need for wrapping indices.
func wrap(_ i: Int, _ n: Int) -> Int { ((i % n) + n) % n }
print(wrap(-1, 5), wrap(7, 5), wrap(-12, 5))
