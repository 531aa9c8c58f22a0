// Optional stored properties print as Optional(...) or nil inside a struct.
struct Qubit { var label: String; var alias: String?; var t1: Double?; var index: Int }
var q = Qubit(label: "q0", alias: nil, t1: 52.5, index: 0)
print(q)
q.alias = "anc"
q.t1 = nil
print(q)
print([q])
print(q.alias?.count as Any, q.t1 ?? -1)
if let a = q.alias { print("alias", a) }
var qs = [q, Qubit(label: "q1", alias: "data", t1: 40, index: 1)]
qs[0].t1 = 10
print(qs.compactMap { $0.t1 }, qs.map { $0.alias ?? "-" })
