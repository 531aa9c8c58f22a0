// Fixed-width values in arrays, dictionaries, tuples and optionals; counting bits.
var counts = [UInt8](repeating: 0, count: 3)
counts[1] += 7
counts[1] &+= 250
counts[2] = 9
print(counts, counts.max()!, counts.sorted(), counts.contains(9))
let names: [UInt8: String] = [1: "one"]
print(names[1]!, (counts[2], Int8(-1)), [Optional(UInt16(3)), nil])
let mask: UInt16 = 0b1011_0000_0000_0001
print(mask.nonzeroBitCount, mask.leadingZeroBitCount, mask.trailingZeroBitCount, mask.bitWidth, UInt64.bitWidth)
var total: Int16 = 0
for x in [Int16(300), 400, -50] { total += x }
print(total, "\(total)", String(total))
