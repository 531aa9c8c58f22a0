// Structs and enums boxed as Any keep their types: they print and cast back.
struct Point { var x: Int; var y: Int }
enum Color: String { case red, green }
enum Mark { case cross(Int), circle }
let items: [Any] = [Point(x: 1, y: 2), Color.green, Mark.cross(3), Mark.circle, 5, "s"]
print(items)
for it in items {
    switch it {
    case let p as Point: print("point with sum", p.x + p.y)
    case let c as Color: print("color", c.rawValue)
    case let m as Mark: print("mark", m)
    default: print("plain", it)
    }
}
if let p = items[0] as? Point { print(p.y) }
print(items[1] is Color, items[1] is Mark, items[2] is Mark)
let one: Any = Point(x: 9, y: 9)
print(one)
