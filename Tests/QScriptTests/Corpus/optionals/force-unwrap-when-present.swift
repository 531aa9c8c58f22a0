// ! unwraps a value that is known to be present.
let n = Int("64")!
print(n, n / 2)
let values = [4, 8, 15]
print(values.first!, values.last!, values.max()!)
let d = ["k": 1.5]
print(d["k"]! * 2)
var maybe: String? = nil
maybe = "now set"
print(maybe!)
print(values.firstIndex(of: 15)!)
