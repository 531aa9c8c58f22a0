// Rotating a square grid a quarter turn, four times back to the start.
func rotate(_ g: [[Character]]) -> [[Character]] {
    let n = g.count
    var out = g
    for r in 0..<n { for c in 0..<n { out[c][n - 1 - r] = g[r][c] } }
    return out
}
func show(_ g: [[Character]]) { for row in g { print(String(row)) } }
let start: [[Character]] = [Array("ab."), Array("..c"), Array("d..")]
var g = start
for turn in 1...4 {
    g = rotate(g)
    if turn < 3 { print("turn", turn); show(g) }
}
print(g == start)
let transposed = (0..<3).map { c in start.map { $0[c] } }
print(transposed.map { String($0) })
