// Adding past Int.max traps in a checked build.
var total = Int.max - 2
for step in 1...5 {
    print("step", step, "total", total)
    total += 1 // traps here
}
print("unreachable", total)
