// Beside an array, reversed() is Sequence's reversed(), which returns an array.
let a = [1, 2, 3]
let b = [3, 2, 1]
print(a == b.reversed(), b.reversed() == a, a != b.reversed())
print(a + b.reversed())
print(b.reversed() + a)
let s = "abc"
print(Array(s) == s.reversed())
