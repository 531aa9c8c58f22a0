// Adjacency lists for a small graph, then a breadth-first search.
let edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)]
var adjacency: [Int: [Int]] = [:]
for (a, b) in edges {
    adjacency[a, default: []].append(b)
    adjacency[b, default: []].append(a)
}
var distance: [Int: Int] = [0: 0]
var frontier = [0]
while !frontier.isEmpty {
    let node = frontier.remove(at: 0)
    for next in adjacency[node]!.sorted() where distance[next] == nil {
        distance[next] = distance[node]! + 1
        frontier.append(next)
    }
}
for node in distance.keys.sorted() {
    print(node, distance[node]!)
}
