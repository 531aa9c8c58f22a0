// Casts from Any look through a boxed optional; a boxed error or struct keeps its type.
let a: Any = Optional(3)
print(a as? Int as Any, a is Int)
let n: Int? = nil
let b: Any = n as Any
print(b as? Int as Any, b is Int, b)
let c: [Any] = [1, 2.0]
print(c[0] as? Double as Any, c[1] as? Int as Any)
enum E: Error { case x }
let e: Error = E.x
let f: Any = e
print(f is E, f as? E as Any, e is E)
struct P { var x = 1 }
let p: Any = P()
print(p, [p], p is P)
