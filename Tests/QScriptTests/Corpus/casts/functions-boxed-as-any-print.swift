// Functions and closures boxed as Any print as (Function); other values beside them as themselves.
func square(_ x: Int) -> Int { x * x }
let scale = 3
let items: [Any] = [square, 3, { (s: String) in s.count * scale }, "f"]
print(items)
for it in items { print(it, it is Int, it is String) }
let table: [String: Any] = ["op": square]
print(table)
