// Subscripts inside optional chains read the unwrapped value; a nil anywhere gives nil.
struct Counter { var n = 0
    mutating func bump(by k: Int = 1) -> Int { n += k; return n }
    func twice() -> Int { n * 2 }
}
var maybe: [Counter]? = [Counter(n: 1), Counter(n: 4)]
print(maybe?[1].n as Any, maybe?[0].twice() as Any, maybe?[1].n.description as Any)
let grid: [[Int]]? = [[1, 2], [3, 4]]
print(grid?[1][0] as Any, grid?[0].count as Any)
let none: [Int]? = nil
print(none?[5] as Any)
let d: [String: [Int]]? = ["a": [7]]
print(d?["a"]?.count as Any, d?["b"]?.first as Any)
let value = [100, 200]
let other: [Int]? = [1, 2]
print(other?[1] as Any, value[0])
