func bump(_ x: inout Int, by step: Int = 1) { x += step }
var a = 1
bump(&a)
bump(&a, by: 10)
print(a)
func swapValues(_ x: inout Double, _ y: inout Double) {
    let t = x
    x = y
    y = t
}
var p = 1.5, q = -2.0
swapValues(&p, &q)
print(p, q)
var grid = [[1, 2], [3, 4]]
bump(&grid[1][0], by: 100)
print(grid)
var names = ["a": [1]]
func appendTwice(_ xs: inout [Int], _ v: Int) -> Int {
    xs.append(v)
    xs.append(v)
    return xs.count
}
print(appendTwice(&names["a", default: []], 7), names)
var counts = [0, 0, 0]
func index(_ i: Int) -> Int { print("index \(i)"); return i }
func value(_ v: Int) -> Int { print("value \(v)"); return v }
bump(&counts[index(2)], by: value(5))
print(counts)
func normalise(_ v: inout [Double]) {
    let total = v.reduce(0, +)
    for i in v.indices { v[i] /= total }
}
var weights = [1.0, 3.0]
normalise(&weights)
print(weights)
func factorial(_ n: Int, _ calls: inout Int) -> Int {
    calls += 1
    return n <= 1 ? 1 : n * factorial(n - 1, &calls)
}
var calls = 0
print(factorial(5, &calls), calls)
func early(_ x: inout Int) {
    x = 5
    if x > 3 { return }
    x = 9
}
var e = 0
early(&e)
print(e)
func run() {
    var local = 2
    func twice(_ v: inout Int) { v *= 2 }
    twice(&local)
    twice(&local)
    print("local", local)
}
run()
