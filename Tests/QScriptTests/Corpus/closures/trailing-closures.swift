// Trailing closure syntax, including on our own functions.
func repeatAction(_ times: Int, action: (Int) -> Void) {
    for i in 0..<times {
        action(i)
    }
}
repeatAction(3) { i in
    print("round", i)
}
func transform(_ values: [Double], using f: (Double) -> Double) -> [Double] {
    var out: [Double] = []
    for v in values { out.append(f(v)) }
    return out
}
print(transform([1, 2, 3]) { $0 / 4 })
let evens = (1...10).filter { $0 % 2 == 0 }
print(evens)
let sum = [1.5, 2.5].reduce(0) { partial, x in partial + x }
print(sum)
