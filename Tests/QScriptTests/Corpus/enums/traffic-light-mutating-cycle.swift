// A mutating method replaces self; a computed property reads the current case.
enum Light {
    case red, green, yellow
    mutating func advance() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }
    var seconds: Int {
        switch self {
        case .red: return 30
        case .green: return 25
        case .yellow: return 5
        }
    }
}
var light = Light.red
var elapsed = 0
var log: [Light] = []
while elapsed < 100 {
    elapsed += light.seconds
    log.append(light)
    light.advance()
}
print(log)
print(elapsed, light)
var copy = light
copy.advance()
print(light, copy)
