// Mutating methods change the variable they are called on, through a path too.
struct Counter {
    var count = 0
    var history: [Int] = []

    mutating func tick(by step: Int = 1) {
        count += step
        history.append(count)
    }

    mutating func reset() {
        self = Counter()
    }
}
var c = Counter()
c.tick()
c.tick(by: 5)
print(c.count, c.history)
var counters = [Counter(), Counter(count: 10, history: [])]
counters[1].tick(by: 2)
counters[0].tick()
print(counters)
c.reset()
print(c)
