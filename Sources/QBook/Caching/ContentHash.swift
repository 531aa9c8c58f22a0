/// FNV-1a with 128 bits: the cache's content address. Not cryptographic; the cache is the
/// author's own, and 128 bits make an accidental collision between two cells' keys unthinkable.
struct ContentHash: Sendable {
    // Offset basis 0x6c62272e07bb014262b821756295c58d; prime 2^88 + 0x13b.
    private var high: UInt64 = 0x6c62_272e_07bb_0142
    private var low: UInt64 = 0x62b8_2175_6295_c58d

    init() {}

    mutating func combine(_ text: String) {
        // Length first, so ("ab", "c") and ("a", "bc") differ.
        combine(bytes: String(text.utf8.count).utf8)
        combine(bytes: [0])
        combine(bytes: text.utf8)
    }

    mutating func combine(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            low ^= UInt64(byte)
            // (high·2^64 + low) × (2^88 + 0x13b) mod 2^128.
            let product = low.multipliedFullWidth(by: 0x13b)
            high = high &* 0x13b &+ product.high &+ (low << 24)
            low = product.low
        }
    }

    /// 32 lowercase hex digits.
    var hex: String {
        func digits(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return digits(high) + digits(low)
    }

    static func of(_ parts: [String]) -> String {
        var hash = ContentHash()
        for part in parts { hash.combine(part) }
        return hash.hex
    }
}
