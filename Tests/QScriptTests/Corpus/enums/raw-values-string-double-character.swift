// String raw values default to the case name; Double ones count up by one; Character ones
// are written out.
enum Gate: String { case hadamard = "H", cnot = "CX", toffoli }
enum Angle: Double { case zero, quarter = 0.25, one = 1, two }
enum Bit: Character { case zero = "0", one = "1" }
print(Gate.hadamard.rawValue, Gate.toffoli.rawValue, Gate(rawValue: "CX") ?? .hadamard)
print(Angle.zero.rawValue, Angle.quarter.rawValue, Angle.two.rawValue)
print(Bit.one.rawValue, Bit(rawValue: "1") == .one, Bit(rawValue: "x") == nil)
let bits = "0110".compactMap { Bit(rawValue: $0) }
print(bits.count, bits)
