// Named functions can be stored in variables and passed around.
func increment(_ x: Int) -> Int { x + 1 }
func triple(_ x: Int) -> Int { x * 3 }
func applyTwice(_ f: (Int) -> Int, to x: Int) -> Int {
    f(f(x))
}
var op: (Int) -> Int = increment
print(op(10))
op = triple
print(op(10))
print(applyTwice(increment, to: 5), applyTwice(triple, to: 5))
let pipeline: [(Int) -> Int] = [increment, triple, increment]
var value = 2
for step in pipeline {
    value = step(value)
}
print(value)
