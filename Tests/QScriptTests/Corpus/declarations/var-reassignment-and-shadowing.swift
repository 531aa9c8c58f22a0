// A var can be reassigned; an inner scope can shadow an outer name.
var level = 1
print("start", level)
level = level * 10
print("after", level)
if level > 5 {
    let level = "inner"
    print("shadowed:", level)
}
print("outer again:", level)
func describe(_ level: Int) -> String {
    let level = level + 1
    return "parameter shadowed: \(level)"
}
print(describe(level))
