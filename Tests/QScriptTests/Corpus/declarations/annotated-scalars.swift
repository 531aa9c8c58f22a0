// Every scalar type of the subset, written with an explicit annotation.
let count: Int = 12
let ratio: Double = 3
let name: String = "Hadamard"
let flag: Bool = false
var total: Double = 0
total += ratio * 2
print(count, ratio, name, flag, total)
// An Int annotation on an integer literal, a Double annotation turning it into 3.0
let width: Int = 0x10
let scale: Double = 0b101
print(width, scale)
