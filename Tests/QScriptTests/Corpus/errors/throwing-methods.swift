// Methods of structs and enums may throw; mutating ones too.
enum RegisterError: Error { case full(capacity: Int) }
struct Register {
    var bits: [Int] = []
    var capacity: Int
    mutating func push(_ b: Int) throws {
        if bits.count == capacity { throw RegisterError.full(capacity: capacity) }
        bits.append(b)
    }
    func value() throws -> Int {
        if bits.isEmpty { throw RegisterError.full(capacity: 0) }
        return bits.reduce(0) { $0 * 2 + $1 }
    }
}
var r = Register(capacity: 3)
do {
    for b in [1, 0, 1, 1] {
        try r.push(b)
        print("pushed", b, "value", try r.value())
    }
} catch {
    print("stopped:", error)
}
print(r.bits)
