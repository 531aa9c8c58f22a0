// Dictionary, labelled tuple and nested optional-enum payloads print as Swift reflects them.
enum Color: String { case red, blue }
enum Cell {
    case table([String: Int])
    case point((x: Int, y: Int))
    case paint(Color?)
    case grid([[Color]])
}
let cells: [Cell] = [.table(["k": 1]), .point((x: 1, y: -2)), .paint(.red), .paint(nil), .grid([[.red], [.blue, .red]])]
for c in cells { print(c) }
print(cells)
let lookup: [String: Cell] = ["only": .paint(.blue)]
print(lookup)
print((Cell.point((x: 0, y: 0)), 1), Optional(Cell.paint(nil)) as Any)
