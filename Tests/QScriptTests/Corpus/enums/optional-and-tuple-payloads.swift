// Optional payloads print as Optional(...) or nil; array and tuple payloads keep their shape.
enum Reading {
    case value(Int?)
    case series([Double])
    case span((Int, Int))
    case named(label: String?, n: Int)
}
let rs: [Reading] = [.value(3), .value(nil), .series([1, 2.5]), .span((1, 4)), .named(label: "a", n: 1), .named(label: nil, n: 2)]
for r in rs { print(r) }
print(rs[0], rs[3])
for r in rs {
    switch r {
    case .value(let v?): print("present", v)
    case .value(nil): print("absent")
    case .series(let xs): print("sum", xs.reduce(0, +))
    case .span(let (a, b)): print("width", b - a)
    case .named(let l, let n): print(l ?? "?", n)
    }
}
