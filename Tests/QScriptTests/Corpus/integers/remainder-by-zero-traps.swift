// The remainder operator traps on a zero divisor, too.
func wrap(_ index: Int, count: Int) -> Int {
    return index % count // traps here
}
print(wrap(7, count: 3))
print(wrap(-1, count: 4))
var emptyCount = 0
print(wrap(5, count: emptyCount))
