// Functions taking and returning Any, and optional Any values.
func wrap(_ v: Any) -> [Any] { [v, v] }
func firstInt(_ xs: [Any]) -> Int? {
    for x in xs { if let i = x as? Int { return i } }
    return nil
}
func lookup(_ d: [String: Any], _ k: String) -> Any? { d[k] }
print(wrap(3), wrap("a"), wrap(2.5))
print(firstInt(["a", 2.0, 7, 8]) as Any, firstInt(["b"]) as Any)
let d: [String: Any] = ["n": 4, "s": "four"]
let n = lookup(d, "n")
print(n as Any, n as? Int as Any, lookup(d, "zz") as Any)
print((lookup(d, "s") as? String)?.uppercased() ?? "none")
print(lookup(d, "n") is Int, lookup(d, "zz") is Int)
