// String raw values default to the case name; explicit ones override it.
enum Basis: String, CaseIterable { case zero = "|0>", one = "|1>", plus, minus }
for b in Basis.allCases {
    print(b, b.rawValue, "[\(b)]", b.rawValue.count)
}
print(Basis(rawValue: "plus") as Any, Basis(rawValue: "zero") as Any)
print(Basis(rawValue: "|1>") == .one)
let labels = Basis.allCases.map { $0.rawValue }.joined(separator: ", ")
print(labels)
print(Basis.allCases)
