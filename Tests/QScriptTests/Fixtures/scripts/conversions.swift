import Foundation
let n = 3
print(Double(n) * 0.5)      // expect: 1.5
print(Int(2.9), Int(-2.9))  // expect: 2 -2
print(Int("12"), Int("x"))  // expect: Optional(12) nil
print(Int("ff", radix: 16)!) // expect: 255
print(String(255, radix: 2)) // expect: 11111111
print(String(3.5) + "!")    // expect: 3.5!
print(Double("2.5")!)       // expect: 2.5
print(String(repeating: "ab", count: 3)) // expect: ababab
print(String(format: "%.3f|%5d|%@", 3.14159, 42, "q")) // expect: 3.142|   42|q
let bad = Double.infinity
print(Int(bad))             // expect error: Double value cannot be converted to Int because it is either infinite or NaN
