// The else branch of a guard must leave the scope.
func check(_ p: Double) -> Bool {
    guard p >= 0 else {
        print("negative")
    } // error here
    return p <= 1
}
print(check(0.5))
