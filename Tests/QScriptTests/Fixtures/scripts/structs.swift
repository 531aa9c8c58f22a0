struct Point: Equatable {
    var x: Int
    var y = 0
    mutating func move() { x += 1 }
}
var p = Point(x: 1)
p.move()
print(p) // expect: Point(x: 2, y: 0)
// --- cell
// A later cell uses the struct, and its values in collections print with the module name.
let ps = [p, Point(x: 5, y: 5)]
print(ps) // expect: [main.Point(x: 2, y: 0), main.Point(x: 5, y: 5)]
ps == [Point(x: 2), Point(x: 5, y: 5)] // expect value: true
// --- cell
// Redeclaring the name makes a new type; values of the old one keep theirs.
struct Point {
    var name: String
}
print(Point(name: "n"), p) // expect: Point(name: "n") Point(x: 2, y: 0)
// --- cell
struct WithInit {
    var x: Int
    init(twice x: Int) { self.x = 2 * x }
}
struct WithStatic {
    static var count = 0
    static func bump() -> Int { count += 1; return count }
}
// --- cell
// A later cell calls the initializer and reaches the static storage, kept from before.
print(WithInit(twice: 4), WithStatic.bump(), WithStatic.bump()) // expect: WithInit(x: 8) 1 2
print(WithStatic.count) // expect: 2
// --- cell
struct WithInit2 {
    var x: Int
    init(x: Int) { self.x = x }
    init() { x = 0 }
}
print(WithInit2(), WithInit2(x: 3)) // expect: WithInit2(x: 0) WithInit2(x: 3)
// --- cell
struct Captures {
    var x: Int
    init(x: Int) {
        self.x = x
        let f = { self.x } // expect error: using 'self' in a closure or a nested function inside an initializer is not supported
        print(f())
    }
}
// --- cell
struct WithPrivate {
    private var x = 0 // expect error: the 'private' modifier of a property is not supported
}
// --- cell
struct Outer {
    struct Inner {} // expect error: nested types are not supported
}
// --- cell
struct Box<T> { // expect error: generic structs are not supported
    var value: T
}
// --- cell
struct Shown: CustomStringConvertible {
    var description: String { "shown" }
}
print(Shown(), [Shown()]) // expect: shown [shown]
// --- cell
struct Unshown: Comparable { // expect error: conformance to 'Comparable' (structs may declare
    var x = 0
}
// --- cell
func local() {
    struct Hidden { var a: Int } // expect error: structs declared inside functions
}
// --- cell
struct Observed {
    let x: Int { didSet { } } // expect error: observers on a 'let' (Swift: 'let' declarations cannot be observing properties) is not supported
}
// --- cell
struct Counted {
    var x = 0 { didSet { changes += 1 } }
    var changes = 0
}
var counted = Counted()
counted.x = 4
counted.x += 1
print(counted) // expect: Counted(x: 5, changes: 2)
// --- cell
struct Settable {
    var x: Int { get { 1 } set(v) { print("set", v) } }
}
var settable = Settable()
settable.x = 3 // expect: set 3
// --- cell
print(self) // expect error: cannot find 'self' in scope
// --- cell
struct Pair {
    var a = 1
    func sum() -> Int { a }
}
let f = Pair().sum // expect error: using a method of a struct as a value
// --- cell
var maybe: Point? = Point(name: "m")
struct Mover {
    var n = 0
    mutating func go() { n += 1 }
}
var m: Mover? = Mover()
m?.go()
print(m!.n) // expect: 1
// --- cell
// A description that describes itself recurses for ever (a compiled program overflows its
// stack): the recursion limit stops it, and the process lives.
struct Loop: CustomStringConvertible { // expect error: maximum recursion depth
    var description: String { "\(self)" }
}
print(Loop())
