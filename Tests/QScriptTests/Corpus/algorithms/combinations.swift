// All k-subsets of n qubits, enumerated with recursion and counted with a formula.
func choose(_ n: Int, _ k: Int) -> Int {
    if k == 0 || k == n { return 1 }
    return choose(n - 1, k - 1) + choose(n - 1, k)
}
func subsets(of items: [Int], size: Int) -> [[Int]] {
    if size == 0 { return [[]] }
    if items.count < size { return [] }
    let head = items[0]
    var rest: [Int] = []
    for i in 1..<items.count { rest.append(items[i]) }
    let withHead = subsets(of: rest, size: size - 1).map { [head] + $0 }
    return withHead + subsets(of: rest, size: size)
}
let pairs = subsets(of: [0, 1, 2, 3], size: 2)
print(pairs)
print(pairs.count, choose(4, 2), choose(10, 3))
