// Payloads print with their debug descriptions: strings quoted, optionals wrapped, a single
// tuple payload as the tuple's elements.
enum Item {
    case name(String)
    case letter(Character)
    case maybe(Int?)
    case pair((Int, Int))
    case labelled((x: Double, y: Double))
    case list([Int])
    case table([String: Int])
}
let items: [Item] = [.name("qubit"), .letter("q"), .maybe(3), .maybe(nil), .pair((1, 2)),
                     .labelled((x: 0.5, y: -1)), .list([1, 2]), .table(["a": 1])]
for i in items { print(i) }
print(items[0], items[2])
print([items[4], items[5]])
