// Equatable structs: ==, contains, firstIndex(of:) and array equality.
struct Edge: Equatable { var from: Int; var to: Int }
let edges = [Edge(from: 0, to: 1), Edge(from: 1, to: 2), Edge(from: 2, to: 0)]
print(edges.contains(Edge(from: 1, to: 2)), edges.contains(Edge(from: 2, to: 1)))
print(edges.firstIndex(of: Edge(from: 2, to: 0)) as Any)
let reversed = edges.map { Edge(from: $0.to, to: $0.from) }
print(reversed == edges, reversed.reversed().map { Edge(from: $0.to, to: $0.from) } == Array(edges.reversed()))
var undirected: [Edge] = []
for e in edges + reversed where !undirected.contains(e) && !undirected.contains(Edge(from: e.to, to: e.from)) {
    undirected.append(e)
}
print(undirected.count, undirected == edges)
