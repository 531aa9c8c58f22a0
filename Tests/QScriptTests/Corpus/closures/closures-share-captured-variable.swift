// Two closures capturing the same variable share it.
func makePair() -> (increment: () -> Void, read: () -> Int) {
    var value = 0
    let inc = { value += 10 }
    let get = { value }
    return (inc, get)
}
let pair = makePair()
print(pair.read())
pair.increment()
pair.increment()
print(pair.read())
var shared = 1
let doubler = { shared *= 2 }
let reader = { () -> Int in shared }
doubler(); doubler(); doubler()
print(reader(), shared)
