// Character raw values decode a string with compactMap over init?(rawValue:).
enum Base: Character { case a = "A", c = "C", g = "G", t = "T"
    var complement: Base {
        switch self { case .a: return .t; case .t: return .a; case .c: return .g; case .g: return .c }
    }
}
let strand = "GATTACAX"
let bases = strand.compactMap { Base(rawValue: $0) }
print(bases.count, bases)
let comp = String(bases.map { $0.complement.rawValue })
print(comp)
print(Base(rawValue: "X") as Any, Base(rawValue: "G")!)
var counts = [0, 0, 0, 0]
for b in bases {
    switch b { case .a: counts[0] += 1; case .c: counts[1] += 1; case .g: counts[2] += 1; case .t: counts[3] += 1 }
}
print(counts)
