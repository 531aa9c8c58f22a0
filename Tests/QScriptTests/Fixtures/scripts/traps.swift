var big = Int.max
print("before")          // expect: before
big += 1                 // expect error: arithmetic overflow
// --- cell
var zero = 0
print(10 / zero)         // expect error: division by zero
// --- cell
let missing: Int? = nil
print(missing!)          // expect error: unexpectedly found nil
// --- cell
func down(_ n: Int) -> Int { down(n + 1) } // expect error: maximum recursion depth
print(down(0))
// --- cell
let huge = Array(repeating: 0, count: 10_000_000_000) // expect error: refusing to allocate
// --- cell
var e: [Int] = []
e.removeLast()           // expect error: Can't remove last element from an empty collection
