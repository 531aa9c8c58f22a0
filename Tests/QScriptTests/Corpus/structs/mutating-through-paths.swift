// Mutating methods calling mutating methods, recursion in a method, structs in nested arrays, tuples and optionals.
struct Stack {
    var items: [Int] = []
    var scale = 2
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pushAll(_ xs: [Int]) {
        for x in xs { push(x) }
        items = items.map { $0 * scale }
    }
    mutating func pop() -> Int? { items.popLast() }
    func depth(_ n: Int) -> Int { n == 0 ? items.count : depth(n - 1) + 1 }
}
var s = Stack()
s.pushAll([1, 2, 3])
print(s.pop() ?? -1, s.items, s.depth(3))
var grid = [[Stack()]]
grid[0][0].push(4)
print(grid)
var opt: Stack? = s
print(opt?.items ?? [], opt?.depth(1) ?? 0)
let t = (a: s, b: 1)
print(t)
print(s.items.isEmpty ? "empty" : "\(s.items.count) items: \(s)")
