// Turning booleans into numbers and strings the explicit way.
let flags = [true, false, true, true]
let asInts = flags.map { $0 ? 1 : 0 }
print(asInts)
var value = 0
for bit in asInts {
    value = value * 2 + bit
}
print(value, String(value, radix: 2))
print(String(flags[0]), "\(flags[1])")
