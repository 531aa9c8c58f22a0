import Foundation
struct Vec {
    let x: Double
    let y: Double
    init(x: Double, y: Double) {
        defer { print("made", x, y) }
        self.x = x
        self.y = y
    }
    init(angle: Double) {
        self = Vec(x: angle, y: -angle)
    }
    var norm: Double {
        get { (x * x + y * y).squareRoot() }
    }
}
print(Vec(angle: 3).norm)
struct Box {
    var w = 1.0
    var area: Double {
        get { w * w }
        set { w = newValue.squareRoot() }
    }
}
var boxes = ["a": Box()]
boxes["a"]?.area = 16
print(boxes["a"]!.w)
boxes["a"]!.area += 9
print(boxes["a"]!.w)
