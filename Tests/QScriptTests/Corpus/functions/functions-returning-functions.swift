// A function that builds and returns another function.
func makeAdder(_ amount: Int) -> (Int) -> Int {
    func add(_ x: Int) -> Int {
        return x + amount
    }
    return add
}
func makeScaler(_ factor: Double) -> (Double) -> Double {
    return { x in x * factor }
}
let addFive = makeAdder(5)
let halve = makeScaler(0.5)
print(addFive(1), addFive(10))
print(halve(3), halve(halve(3)))
print(makeAdder(-1)(0))
