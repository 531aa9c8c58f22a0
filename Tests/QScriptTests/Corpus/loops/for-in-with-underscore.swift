// Using _ when the loop variable is not needed.
var bits = ""
for _ in 0..<5 {
    bits += "0"
}
print(bits)
var x = 1.0
for _ in 1...10 {
    x = (x + 2 / x) / 2
}
print(x)
