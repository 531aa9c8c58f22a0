enum Level: Int {
    case low = 0, high = 1
    init?(name: String) {
        self.init(rawValue: name == "high" ? 1 : (name == "low" ? 0 : 9))
    }
}
print(Level(name: "high") as Any, Level(name: "odd") as Any)
struct Point {
    var x = 0
    static var origin = Point()
    static let unit: Point = Point(x: 1)
}
print(Point.origin, Point.unit)
Point.origin.x += 5
print(Point.origin)
