struct Meter {
    var reading = 0 {
        willSet { print("will", reading, "->", newValue) }
        didSet { print("did", oldValue, "->", reading) }
    }
    var log: [Int] = []
    mutating func bumpTwice() {
        reading += 1
        reading += 1
    }
}
var meters = [Meter(), Meter()]
meters[1].reading = 5
meters[1].bumpTwice()
func touch(_ x: inout Int) { x *= 2 }
touch(&meters[0].reading)
var d = ["a": Meter()]
d["a"]?.reading = 7
d["a"]!.reading -= 1
print(meters.map { $0.reading }, d["a"]!.reading)
