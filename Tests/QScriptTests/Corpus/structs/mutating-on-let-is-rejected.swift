// A mutating method cannot be called on a 'let' constant.
struct Counter {
    var n = 0
    mutating func tick() { n += 1 }
}
let c = Counter()
c.tick() // error here
print(c.n)
