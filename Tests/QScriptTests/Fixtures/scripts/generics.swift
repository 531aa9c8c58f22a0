let scale = 2
func scaled<T>(_ xs: [T], _ f: (T) -> Int) -> [Int] {
    var out: [Int] = []
    for x in xs { out.append(f(x) * scale) }
    return out
}
func plain(_ x: Int) -> Int { x * scale }
print(scaled([1, 2]) { $0 }) // expect: [2, 4]
// --- cell
// A later cell redeclares `scale`: the generic function, like the plain one, keeps the
// `scale` of its own cell.
let scale = 10
print(scaled(["ab", "c"]) { $0.count }, plain(1)) // expect: [4, 2] 2
// --- cell
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
struct Box { var v: Int }
print(largest([Box(v: 1)]) == nil) // expect error: global function 'largest' requires that 'Box' conform to 'Comparable'
// --- cell
func nestedOuter() {
    func inner<T>(_ x: T) -> T { x } // expect error: generic functions inside functions, methods or blocks
}
// --- cell
func numeric<T: Numeric>(_ x: T) -> T { x + x } // expect error: the constraint 'Numeric' on a generic parameter
// --- cell
func ident<T>(_ x: T) -> T { x }
let f = ident // expect error: using a generic function as a value
// --- cell
struct Wrapper {
    var v = 0
    func map<T>(_ f: (Int) -> T) -> T { f(v) } // expect error: generic functions inside functions, methods or blocks
}
