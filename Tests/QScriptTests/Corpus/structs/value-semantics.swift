// Struct values are copied: a copy, an array element or a parameter changes alone.
struct Vector {
    var x: Double
    var y: Double
}
func doubled(_ v: Vector) -> Vector {
    var w = v
    w.x *= 2
    w.y *= 2
    return w
}
func shift(_ v: inout Vector, by d: Double) {
    v.x += d
}
var a = Vector(x: 1, y: 2)
var b = a
b.x = 100
print(a.x, b.x)
let vs = [a, b]
var ws = vs
ws[0].y = -1
print(vs[0].y, ws[0].y)
print(doubled(a), a)
shift(&a, by: 0.5)
print(a)
