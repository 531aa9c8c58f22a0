// Dictionaries are values: a copy is independent of the original.
var a = ["x": 1]
var b = a
b["x"] = 2
b["y"] = 3
print(a, a.count)
print(b["x"]!, b["y"]!, b.count)
func withExtra(_ d: [String: Int]) -> [String: Int] {
    var copy = d
    copy["extra"] = 0
    return copy
}
let c = withExtra(a)
print(a.count, c.count)
