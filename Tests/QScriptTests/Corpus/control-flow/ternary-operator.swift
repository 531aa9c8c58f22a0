// The conditional operator, nested and inside expressions.
for n in -2...2 {
    let sign = n < 0 ? "negative" : n == 0 ? "zero" : "positive"
    print(n, sign)
}
let flips = [true, false, false, true]
let bits = flips.map { $0 ? 1 : 0 }
print(bits)
let count = 1
print("\(count) shot\(count == 1 ? "" : "s")")
let x = 7
print(x + (x > 5 ? 100 : 0))
