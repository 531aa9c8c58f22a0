// Each call of a factory captures its own variable; copies of one closure share it.
func makeAccumulator(start: Int, step: Int) -> () -> Int {
    var total = start
    return {
        total += step
        return total
    }
}
let a = makeAccumulator(start: 0, step: 1)
let b = makeAccumulator(start: 100, step: -10)
let a2 = a
print(a(), a(), b(), a2(), b(), a())
var makers: [() -> Int] = []
for s in 1...3 { makers.append(makeAccumulator(start: 0, step: s)) }
for _ in 0..<2 { print(makers.map { $0() }) }
