// Int raw values count up from the last one written (from zero when none is).
enum Planet: Int { case mercury = 1, venus, earth, mars }
enum Level: Int { case low, medium, high = 10, extreme }
print(Planet.earth.rawValue, Planet.mars.rawValue)
print(Level.low.rawValue, Level.medium.rawValue, Level.extreme.rawValue)
print([Planet(rawValue: 2)], [Planet(rawValue: 7)])
if let p = Planet(rawValue: 4) { print("found", p) }
let total = [Planet.mercury, .venus, .mars].reduce(0) { $0 + $1.rawValue }
print(total)
enum Sign: Int { case minus = -1, zero, plus }
print(Sign.minus.rawValue, Sign.zero.rawValue, Sign.plus.rawValue)
