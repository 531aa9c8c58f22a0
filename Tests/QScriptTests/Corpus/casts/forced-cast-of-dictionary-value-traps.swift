// as! on a dictionary value of another type traps at the cast.
let config: [String: Any] = ["width": 8, "height": 4, "depth": "3"]
var volume = 1
for key in ["width", "height", "depth"] {
    let v = config[key]!
    volume *= v as! Int // traps here
    print(key, volume)
}
print(volume)
