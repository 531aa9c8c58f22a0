// The memberwise initializer: defaults may be left out; a 'let' with a value is not a parameter.
struct Settings {
    var steps = 100
    var rate: Double = 0.1
    var name: String
    let version = 2
    var seed: Int? = nil
}
print(Settings(name: "a"))
print(Settings(steps: 5, name: "b"))
print(Settings(rate: 0.5, name: "c", seed: 7))
let s = Settings(steps: 1, rate: 1, name: "d", seed: nil)
print(s.version, s.seed == nil)
