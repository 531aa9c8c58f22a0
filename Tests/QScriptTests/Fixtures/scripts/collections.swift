var xs = [3, 1, 2]
xs.append(5)
xs.insert(0, at: 0)
print(xs, xs.count, xs.isEmpty)            // expect: [0, 3, 1, 2, 5] 5 false
print(xs.sorted(), xs.sorted(by: >))       // expect: [0, 1, 2, 3, 5] [5, 3, 2, 1, 0]
print(xs.remove(at: 1), xs.removeLast(), xs) // expect: 3 5 [0, 1, 2]
print(xs.first, xs.last, [Int]().first)    // expect: Optional(0) Optional(2) nil
print(xs.contains(2), xs.firstIndex(of: 2), xs.min(), xs.max()!) // expect: true Optional(2) Optional(0) 2
print(xs.map { $0 * 10 }, xs.filter { $0 > 0 }, xs.reduce(0, +)) // expect: [0, 10, 20] [1, 2] 3
print(xs.reduce(into: 0) { acc, x in acc += x * x })              // expect: 5
print(["1", "x", "3"].compactMap { Int($0) }, [[1], [2, 3]].flatMap { $0 }) // expect: [1, 3] [1, 2, 3]
print(Array(xs.reversed()), xs.indices, Array(repeating: 0.0, count: 2)) // expect: [2, 1, 0] 0..<3 [0.0, 0.0]
print(Array(xs.prefix(2)), Array(xs.suffix(1)), Array(xs.dropFirst())) // expect: [0, 1] [2] [1, 2]
for (i, x) in xs.enumerated() where i > 0 { print(i, x) }
// expect: 1 1
// expect: 2 2
for (a, b) in zip([1, 2, 3], ["a", "b"]) { print(a, b, terminator: ";") }
print()                                    // expect: 1 a;2 b;
var grid = [[0, 0], [0, 0]]
grid[1][0] = 7
grid[0][1] += 2
print(grid)                                // expect: [[0, 2], [7, 0]]
let copy = grid
grid[0][0] = 1
print(copy[0][0], grid[0][0])              // expect: 0 1
print([1, 2] + [3], [1, 2] == [1, 2])      // expect: [1, 2, 3] true
let w = [3, 1, 2]
print(w.reversed(), w.enumerated())                // expect: ReversedCollection<Array<Int>>(_base: [3, 1, 2]) EnumeratedSequence<Array<Int>>(_base: [3, 1, 2])
print(zip(0..<2, "xy"), [0..<2], w.reversed().reversed()) // expect: Zip2Sequence<Range<Int>, String>(_sequence1: Range(0..<2), _sequence2: "xy") [Range(0..<2)] [3, 1, 2]
