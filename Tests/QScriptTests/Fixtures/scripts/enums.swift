enum Light: Int, CaseIterable {
    case red, yellow, green
    var next: Light {
        switch self {
        case .red: .green
        case .green: .yellow
        case .yellow: .red
        }
    }
    mutating func advance() { self = next }
}
var light = Light.red
light.advance()
print(light, light.rawValue) // expect: green 2
// --- cell
// A later cell uses the enum; its values print with the module name inside collections.
let seen = Light.allCases.map { $0.next }
print(seen) // expect: [main.Light.green, main.Light.red, main.Light.yellow]
Light(rawValue: 1) == .yellow // expect value: true
// --- cell
enum Reading: Equatable {
    case value(Double)
    case missing(reason: String)
}
let readings: [Reading] = [.value(0.5), .missing(reason: "timeout"), .value(2)]
var total = 0.0
for case .value(let v) in readings { total += v }
print(total, readings[1]) // expect: 2.5 missing(reason: "timeout")
// --- cell
// Redeclaring the name makes a new type; values of the old one keep theirs.
enum Light { case off, on }
print(Light.on, light) // expect: on green
// --- cell
indirect enum Tree { // expect error: 'indirect' enums are not supported
    case leaf
}
// --- cell
enum Stored {
    case a
    var count = 0 // expect error: stored properties in enums
}
// --- cell
enum WithInit {
    case a, b
    init() { self = .a }
    init(flag: Bool) { self = flag ? .b : .a }
}
print(WithInit(), WithInit(flag: true)) // expect: a b
// --- cell
enum Generic<T> { // expect error: generic enums are not supported
    case a(T)
}
// --- cell
enum Shown: CustomStringConvertible {
    case bad
    var description: String { "shown" }
}
print(Shown.bad, [Shown.bad]) // expect: shown [shown]
// --- cell
enum Described: CustomDebugStringConvertible { // expect error: conformance to 'CustomDebugStringConvertible'
    case a
}
// --- cell
enum Big: Float { // expect error: the raw type 'Float' (enums may have
    case a
}
// --- cell
enum Shape { case circle(Double), point }
let f = Shape.circle // expect error: an enum case with associated values used as a function
// --- cell
enum Mode { case fast, slow }
let m: Mode = .fast
switch m { // expect error: switch must be exhaustive
case .fast: print("fast")
}
