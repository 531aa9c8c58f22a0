// Within one program, a struct may use a struct declared after it, and code may use both.
struct Edge {
    var from: Node
    var to: Node
    var weight: Double { Double(to.id - from.id) }
}
struct Node {
    var id: Int
}
let e = Edge(from: Node(id: 1), to: Node(id: 4))
print(e.weight, e)
