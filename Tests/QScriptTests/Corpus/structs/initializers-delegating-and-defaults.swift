struct Point: CustomStringConvertible {
    var x: Double
    var y: Double

    init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    init() {
        self.init(x: 0, y: 0)
    }

    init(polar r: Double, angle: Double = 0) {
        self.init(x: r * cos(angle), y: r * sin(angle))
        x = (x * 1000).rounded() / 1000
    }

    var description: String { "(\(x), \(y))" }
}

import Foundation
print(Point())
print(Point(polar: 2))
print(Point(polar: 1, angle: Double.pi / 2))
print([Point(x: 1, y: 2), Point()])
