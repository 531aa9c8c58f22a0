// The memberwise initializer needs every property that has no default value.
struct Config {
    var size: Int
    var name = "default"
}
let c = Config(name: "x") // error here
print(c.size)
