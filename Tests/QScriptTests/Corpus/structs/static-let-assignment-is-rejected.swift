struct Config {
    static let shots = 1000
}
print(Config.shots)
Config.shots = 10 // error here
