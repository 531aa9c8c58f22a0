enum SampleError: Error {
    case tooFew(Int)
}
func mean(_ xs: [Double]) throws -> Double {
    if xs.isEmpty { throw SampleError.tooFew(0) }
    return xs.reduce(0, +) / Double(xs.count)
}
print(try mean([1, 2, 3])) // expect: 2.0
// --- cell
// A later cell catches what an earlier cell's function throws.
do {
    _ = try mean([])
} catch SampleError.tooFew(let n) {
    print("too few:", n) // expect: too few: 0
}
[try? mean([]), try? mean([4])] // expect value: [nil, Optional(4.0)]
// --- cell
let boxed: [Any] = [1, "a", 2.5]
print(boxed.compactMap { $0 as? Int }, boxed[1] is String) // expect: [1] true
// --- cell
let xs = [[1.0], []]
let means = xs.map { try mean($0) } // expect error: throwing closures
// --- cell
func f(_ g: () -> Int) rethrows -> Int { g() } // expect error: 'rethrows' functions are not supported
// --- cell
func h(_ g: () throws -> Int) -> Int { 0 } // expect error: the type '() throws -> Int' (throwing or async function types) is not supported
// --- cell
func typed() throws(SampleError) -> Int { 1 } // expect error: typed throws
// --- cell
let m = mean // expect error: using a throwing function as a value
// --- cell
let x = mean([1]) // expect error: call can throw but is not marked with 'try'
// --- cell
print(boxed as? [Int] ?? []) // expect error: casts to the type '[Int]'
// --- cell
let n = 3
print(n as? String ?? "") // expect error: a cast from 'Int' to 'String'
// --- cell
func fail() throws { throw SampleError.tooFew(9) } // expect error: Error raised at top level: main.SampleError.tooFew(9)
try fail()
