// Binary, hexadecimal and decimal literals, with underscores for readability.
let mask = 0b1010_0101
let color = 0xFF_80_00
let million = 1_000_000
let oddly = 1_0_0
print(mask, color, million, oddly)
print(0b0, 0x0, 0xdeadBEEF, 0b1111_1111_1111_1111)
let negative = -0x10
print(negative, -0b11)
print(million / 1_000, 0x7FFF_FFFF_FFFF_FFFF == Int.max)
