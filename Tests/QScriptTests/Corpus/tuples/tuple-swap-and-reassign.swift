// Swapping with a tuple assignment, e.g. in Fibonacci.
var a = 0, b = 1
for _ in 0..<10 {
    (a, b) = (b, a + b)
}
print(a, b)
var x = "left", y = "right"
(x, y) = (y, x)
print(x, y)
var (lo, hi) = (8, 3)
if lo > hi { (lo, hi) = (hi, lo) }
print(lo, hi)
