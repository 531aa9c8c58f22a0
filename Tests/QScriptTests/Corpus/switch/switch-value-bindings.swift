// Binding parts of a tuple in case patterns.
let measurements = [(0, 1), (1, 1), (4, 0), (2, 9)]
for m in measurements {
    switch m {
    case (let x, 0):
        print("second is zero, first is \(x)")
    case (0, let y):
        print("first is zero, second is \(y)")
    case let (x, y) where x == y:
        print("both equal \(x)")
    case let (x, y):
        print("other: \(x + y)")
    }
}
