struct S {
    var x: Int = 0 {
        willSet { print("will", x, newValue) }
        didSet { print("did", oldValue, x); if x > 100 { x = 100 } }
    }
    var arr: [Int] = [] { didSet { print("arr now", arr) } }
    init() {}
    init(v: Int) { x = v; print("init set"); self.x = v + 1 }
    mutating func bump() { x += 1 }
}
var s = S()
s.x = 5
s.x += 200
s.bump()
s.arr.append(3)
var t = S(v: 3)
print(t.x)
func increment(_ v: inout Int) { v += 1 }
increment(&t.x)
