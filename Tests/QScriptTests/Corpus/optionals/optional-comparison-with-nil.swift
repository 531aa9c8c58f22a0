// Comparing optionals with nil and with values.
let a: Int? = 4
let b: Int? = nil
print(a == nil, b == nil, a != nil)
print(a == 4, b == 4, a == b)
var found: String? = nil
for s in ["x", "yy", "zzz"] where s.count == 2 {
    found = s
}
if found != nil {
    print("found", found!)
}
print(Int("x") == nil)
