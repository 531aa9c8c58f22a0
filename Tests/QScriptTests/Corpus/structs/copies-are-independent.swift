// Assigning a struct copies it; arrays inside copy too.
struct Register { var name: String; var bits: [Int] }
var a = Register(name: "q", bits: [0, 0, 0])
var b = a
b.bits[1] = 1
b.name += "2"
print(a, b)
var regs = [a, b]
regs[0].bits.append(1)
print(a.bits, regs[0].bits)
let snapshot = regs
regs[1].name = "changed"
print(snapshot.map { $0.name }, regs.map { $0.name })
func flipAll(_ r: Register) -> Register {
    var r = r
    for i in r.bits.indices { r.bits[i] = 1 - r.bits[i] }
    return r
}
print(flipAll(b), b)
