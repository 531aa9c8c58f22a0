func show(_ x: Int?) -> String {
    switch x {
    case let v? where v > 10: return "big \(v)"
    case let v?: return "small \(v)"
    case nil: return "none"
    }
}
print(show(3), show(30), show(nil))
let pair: (Int?, String) = (nil, "b")
switch pair {
case (let n?, _): print("number", n)
case (nil, let s): print("no number,", s)
}
