// class is outside the cell language.
class Counter {
    var value = 0
    func tick() { value += 1 }
}
let c = Counter()
c.tick()
print(c.value)
