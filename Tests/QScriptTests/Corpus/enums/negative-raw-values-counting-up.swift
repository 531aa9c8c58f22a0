// Int raw values may be negative; implicit ones count up from the previous case.
enum Offset: Int, CaseIterable { case left = -2, centreLeft, centre, centreRight, right }
print(Offset.allCases.map { $0.rawValue })
print(Offset(rawValue: 0)!, Offset(rawValue: -3) as Any)
let sum = Offset.allCases.reduce(0) { $0 + $1.rawValue }
print(sum, Offset.allCases.count)
enum Gap: Int { case a = 10, b = 20, c, d = 5, e }
print([Gap.a, .b, .c, .d, .e].map { $0.rawValue })
