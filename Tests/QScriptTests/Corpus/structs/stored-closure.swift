// A stored property of function type, called through the value; such a struct prints '(Function)'.
struct Transform {
    var name: String
    var apply: (Double) -> Double
}
let t = Transform(name: "square", apply: { $0 * $0 })
print(t.apply(3), t.name)
let ts = [t, Transform(name: "half") { $0 / 2 }]
print(ts.map { $0.apply(8) })
print(t)
