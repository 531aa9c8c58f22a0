// Tuples, arrays, dictionaries and optionals boxed as Any print as themselves.
let one: Int? = 1
let none: String? = nil
let things: [Any] = [(1, "a"), [1, 2], ["k": 2.5], one as Any, none as Any, (x: 1, y: 2.0)]
print(things)
for t in things { print(t) }
print(things[3] is Int, things[4] is String, things[0] is Int)
let maybes: [Any?] = [1, nil, "two"]
print(maybes)
print(maybes.compactMap { $0 }.count)
