// ?. on optional values: the whole chain becomes optional.
let words: [String]? = ["alpha", "beta"]
let none: [String]? = nil
print(words?.count, none?.count)
print(words?.first?.uppercased(), none?.first?.uppercased())
print(words?.first?.count ?? 0, none?.first?.count ?? 0)
let maybeText: String? = "Bell state"
print(maybeText?.hasPrefix("Bell"), maybeText?.lowercased())
let table: [String: [Int]] = ["x": [1, 2, 3]]
print(table["x"]?.count, table["y"]?.count)
print(table["x"]?.last, table["x"]?.map { $0 * 2 })
