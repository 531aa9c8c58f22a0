// Each loop iteration gets its own `i`; a captured var outside the loop is shared.
var closures: [() -> Int] = []
for i in 1...3 {
    closures.append { i * 100 }
}
print(closures.map { $0() })
var total = 0
var adders: [() -> Void] = []
for i in 1...3 {
    adders.append { total += i }
}
for add in adders { add() }
for add in adders { add() }
print(total)
