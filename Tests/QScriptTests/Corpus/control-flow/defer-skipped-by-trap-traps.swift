// A trap ends the program: pending defers do not run.
func f(_ xs: [Int]) -> Int {
    defer { print("never printed") }
    print("before")
    return xs[3] // traps here
}
print(f([1, 2]))
