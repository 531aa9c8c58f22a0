// String(x) uses the same format as print.
let values: [Double] = [1, 0.5, 1e-05, 1e16, -0.0, 123456.789]
for v in values {
    let s = String(v)
    print(s, s.count)
}
print(String(Int.max).count, String(-1))
print(String(false) + String(true))
