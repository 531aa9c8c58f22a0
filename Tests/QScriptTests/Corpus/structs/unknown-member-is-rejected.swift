// A struct has only the members it declares.
struct Point {
    var x: Int
    var y: Int
}
let p = Point(x: 1, y: 2)
print(p.z) // error here
