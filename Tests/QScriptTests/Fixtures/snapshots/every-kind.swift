// Every kind of value a snapshot writes, functions that use globals, a hidden global, a cell
// that stops with an error (keeping what it declared before), a rejected cell, an import.
var count = 3
let ratio = 0.1 + 0.2
let negativeNaN = -Double.nan
let zeroes = [0.0, -0.0]
var name = "qubit é"
let letter: Character = "🇨🇭"
var grid = [[1, 2], [3, 4]]
var scores: [String: Double] = ["b": 2, "a": 1, "c": 0.5]
let pair = (left: 1, right: "r")
var maybe: Int? = nil
let some: Double? = 2.5
let range = 1..<4
let closed = 0...2
let steps = stride(from: 0.0, to: 1.0, by: 0.25)
var flags = [true, false]
func bump() -> Int {
    count += 1
    return count
}
// --- cell
print(count, ratio, negativeNaN, zeroes, name, letter)
print(grid, scores, pair, maybe ?? -1, some ?? 0, range, closed, Array(steps), flags)
print(bump())
// --- cell
let x = 10
func readX() -> Int { x }
scores["d"] = 4
grid[1].append(5)
maybe = 7
// --- cell
let x = "hidden"
print(readX(), x, bump())
// --- cell
var kept = 1
let fails = [1][3]
var dropped = 2
// --- cell
print(kept)
kept += 1
let broken: Int = "no"
// --- cell
import Foundation
print(sqrt(Double(kept)), String(format: "%.3f", ratio))
name += "!"
// --- cell
print(count, name, scores, grid, maybe ?? 0, bump(), readX())
