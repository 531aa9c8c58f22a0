// x as Any boxes a value; a literal 'as Double' is a Double.
let half = 1 as Double / 2
let n = 3
let boxed = n as Any
let maybe: Int? = nil
print(half, boxed, maybe as Any, Optional(5) as Any)
let mixed: [String: Any] = ["shots": 1000, "p": 0.25, "name": "bell"]
print(mixed["shots"] as? Int ?? 0, mixed["p"] as? Double ?? 0, mixed["name"] as? Int ?? -1)
