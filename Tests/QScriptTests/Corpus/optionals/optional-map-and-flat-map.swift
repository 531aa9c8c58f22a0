// Optional's map and flatMap transform a value only when it is present.
let texts: [String?] = ["12", nil, "x", "-4"]
for t in texts {
    let length = t.map { $0.count }
    let number = t.flatMap { Int($0) }
    let doubled = number.map { $0 * 2 } ?? 0
    print(t as Any, length as Any, number as Any, doubled)
}
let maybe: Double? = 2.25
print(maybe.map { $0.squareRoot() } as Any, maybe.map { $0 > 2 } ?? false)
let none: Double? = nil
print(none.map { $0 + 1 } as Any)
