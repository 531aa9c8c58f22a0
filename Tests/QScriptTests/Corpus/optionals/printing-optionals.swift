// Optionals print as Optional(...) or nil, also inside collections.
let some: Int? = 3
let none: Int? = nil
print(some)
print(none)
let text: String? = "ket"
print(text)
let d: Double? = 0.5
print(d, [d])
print([some, none, 7])
let grid: [[Int?]] = [[1, nil], [], [nil]]
print(grid)
print("\(some) and \(none)")
