// Several bindings and conditions in one if statement.
func parsePair(_ a: String, _ b: String) -> String {
    if let x = Int(a), let y = Int(b), y != 0 {
        return "\(x) / \(y) = \(x / y)"
    }
    return "cannot divide \(a) by \(b)"
}
print(parsePair("84", "2"))
print(parsePair("84", "0"))
print(parsePair("eighty", "2"))
let maybe: Int? = 5
if let maybe {
    print("shorthand binding:", maybe)
}
var name: String? = "qubit"
if let n = name {
    print(n + "s")
}
name = nil
print(name ?? "no name")
