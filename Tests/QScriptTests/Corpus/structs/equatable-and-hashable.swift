// Declared Equatable and Hashable conformances are synthesised from the stored properties.
struct Cell: Hashable {
    var row: Int
    var column: Int
}
struct Word: Equatable {
    var text: String
    var weight: Double
}
let a = Cell(row: 1, column: 2)
print(a == Cell(row: 1, column: 2), a != Cell(row: 2, column: 1))
var visits: [Cell: Int] = [:]
for c in [a, Cell(row: 0, column: 0), a] {
    visits[c, default: 0] += 1
}
print(visits[a]!, visits.count)
print(Word(text: "x", weight: 1) == Word(text: "x", weight: 1.0))
print([Word(text: "y", weight: 2)] == [Word(text: "y", weight: 2)])
print(Word(text: "nan", weight: .nan) == Word(text: "nan", weight: .nan))
