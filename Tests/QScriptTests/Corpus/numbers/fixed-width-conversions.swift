// Conversions between Int, the fixed-width types, Double and Float; strings parse.
let a: UInt8 = 200
print(UInt8(255), UInt8(truncatingIfNeeded: 300), UInt8(clamping: -5), UInt8(clamping: 999))
print(UInt8(exactly: 256) as Any, Int8(exactly: -128) as Any, Int(a) + 1000)
print(Double(a) / 2, Float(a), Int32(-7.9), Int16(exactly: 2.5) as Any, Int16(exactly: 2.0) as Any)
print(UInt32("42") as Any, UInt8("300") as Any, Int8("-12") as Any)
let big: UInt64 = 1 << 63
print(big, big > 1, big &* 2, Int64(truncatingIfNeeded: big), Double(big))
let w: Int16 = -2
print(UInt16(truncatingIfNeeded: w), Int(w) * 3)
