// A method that changes a property must be marked 'mutating'.
struct Counter {
    var n = 0
    func tick() {
        n += 1 // error here
    }
}
var c = Counter()
c.tick()
print(c.n)
