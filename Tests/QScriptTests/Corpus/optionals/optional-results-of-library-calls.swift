// Library calls that return optionals: first, last, min, max, firstIndex, Int(String).
let empty: [Int] = []
let data = [3, 9, 1]
print(data.first, data.last, data.min(), data.max())
print(empty.first, empty.last, empty.min(), empty.max())
print(data.firstIndex(of: 9), data.firstIndex(of: 4))
print(Int("-17"), Int("1.5"), Int(""), Int("0x10"))
print(Int("ff", radix: 16), Int("12", radix: 2))
let d = [1: "one"]
print(d[1], d[2])
