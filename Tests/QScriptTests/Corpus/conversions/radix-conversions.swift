// Int(_:radix:) and String(_:radix:).
print(String(10, radix: 2), String(255, radix: 16), String(255, radix: 8), String(35, radix: 36))
print(String(-10, radix: 2), String(0, radix: 2))
print(Int("1010", radix: 2), Int("ff", radix: 16), Int("FF", radix: 16), Int("z", radix: 36))
print(Int("102", radix: 2), Int("-11", radix: 2), Int("", radix: 2))
let bits = "1101"
if let v = Int(bits, radix: 2) {
    print(bits, "=", v, "=", String(v, radix: 16))
}
