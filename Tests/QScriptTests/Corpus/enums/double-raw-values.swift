// Double raw values: written ones, and whole numbers counting up after an integer literal.
enum Level: Double { case ground = 0, first, second, half = 2.5, top = 10 }
for l in [Level.ground, .first, .second, .half, .top] { print(l, l.rawValue) }
print(Level(rawValue: 2.0) as Any, Level(rawValue: 2.5) as Any, Level(rawValue: 3) as Any)
let heights = [Level.top, .half, .first].map { $0.rawValue * 3 }
print(heights)
