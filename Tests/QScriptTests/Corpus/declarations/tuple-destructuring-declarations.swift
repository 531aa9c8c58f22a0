// Declaring several names at once from a tuple.
let (quotient, remainder) = (17 / 5, 17 % 5)
print(quotient, remainder)
var (low, high) = (0, 10)
while low < high {
    low += 3
    high -= 1
}
print(low, high)
let (name, _) = ("ignored second", 99)
print(name)
let (a, (b, c)) = (1, (2.5, "three"))
print(a, b, c)
