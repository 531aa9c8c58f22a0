// repeat-while draws from an LCG until a value is accepted (rejection sampling).
var seed = 42
func draw() -> Int {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % 100
}
var samples: [Int] = []
var attempts = 0
while samples.count < 8 {
    var x: Int
    repeat {
        x = draw()
        attempts += 1
    } while x % 3 != 0 || x > 60
    samples.append(x)
}
print(samples, attempts)
var countdown = 0
repeat { countdown -= 1 } while countdown > 0
print(countdown)
