struct Config {
    static let shots = 1000
    var name = "run"
}
let c = Config()
print(c.shots) // error here
