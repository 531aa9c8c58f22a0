// A trap inside a closure is reported at the closure's line.
let counts = [4, 2, 0, 1]
print("inverting", counts)
let inverses = counts.map { (c: Int) -> Int in
    return 100 / c // traps here
}
print(inverses)
