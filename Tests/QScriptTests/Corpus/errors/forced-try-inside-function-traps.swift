// try! inside a helper function traps at the try!, with the output before it.
enum Range01Error: Error { case outOfRange(Double) }
func probability(_ p: Double) throws -> Double {
    if p < 0 || p > 1 { throw Range01Error.outOfRange(p) }
    return p
}
func complement(_ p: Double) -> Double {
    return 1 - (try! probability(p)) // traps here
}
var ps = [0.25, 0.5, 1.5]
for p in ps { print(complement(p)) }
