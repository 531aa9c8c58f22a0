// Optionals compare with == against values and nil; ordering needs unwrapping.
let a: Int? = 3
let b: Int? = nil
print(a == 3, a != 3, b == nil, a == b, b == 3)
let values: [Int?] = [5, nil, 2, nil, 8]
print(values.filter { $0 != nil }.count, values.map { $0 ?? 0 }.sorted())
let sortedPresentFirst = values.sorted { x, y in
    switch (x, y) {
    case let (x?, y?): return x < y
    case (_?, nil): return true
    default: return false
    }
}
print(sortedPresentFirst)
if let x = a, x > 2 { print("a is big") }
print(values.contains(nil), values.contains(8), values.firstIndex(of: nil) as Any)
