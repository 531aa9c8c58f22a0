// An overflow in UInt8 arithmetic traps, as Int arithmetic does.
var level: UInt8 = 250
for step in [2, 3, 4] {
    level += UInt8(step) // traps here
    print(level)
}
