// A literal's type set with 'as' decides what an Any holds.
let a: [Any] = [1, 1 as Double, 2.5, "x" as Any, true]
for v in a {
    print(v, v is Int, v is Double)
}
let d = 3 as Double
print(d / 2)
let mixed: [Any] = [Int(2.9), Double(7) / 2, String(42), Character("z")]
print(mixed)
print(mixed.map { $0 is String })
