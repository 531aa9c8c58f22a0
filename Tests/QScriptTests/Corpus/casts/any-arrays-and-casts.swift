// [Any] holds values of any type; as? and is test each one's type.
let row: [Any] = [1, "two", 3.5, true, [1, 2], (1, "x")]
var ints = 0, strings: [String] = []
for v in row {
    if let i = v as? Int { ints += i }
    if let s = v as? String { strings.append(s) }
    if v is Double { print("a double:", v) }
    if v is Bool { print("a bool:", v) }
}
print(ints, strings)
print(row.count, row[2], row[4])
print(row)
