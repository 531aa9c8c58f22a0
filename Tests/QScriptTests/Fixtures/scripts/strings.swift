let name = "Qubit"
print("Hello, \(name)! \(1 + 1) \(0.5) \([1, 2])") // expect: Hello, Qubit! 2 0.5 [1, 2]
print(name.count, name.uppercased(), name.lowercased()) // expect: 5 QUBIT qubit
print(name.hasPrefix("Qu"), name.hasSuffix("x"), name.contains("bit")) // expect: true false true
print("a,b,,c".split(separator: ","))           // expect: ["a", "b", "c"]
print(["x", "y"].joined(separator: "-"))        // expect: x-y
print("tab\there", "quote\"")                   // expect: tab	here quote"
let multi = """
    first
      second
    """
print(multi)
// expect: first
// expect:   second
var s = ""
for c in "abc" { s = String(c) + s }
print(s, String("abc".reversed()))              // expect: cba cba
print(["a", "b"], ["k": "v"])                   // expect: ["a", "b"] ["k": "v"]
print("x" < "y", "abc" == "abc")                // expect: true true
