// A stored property default that calls a function of the same cell.
func start() -> Int { 3 }
struct Counter {
    var value = start()
}
print(Counter())
