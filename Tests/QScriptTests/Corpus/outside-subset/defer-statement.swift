// defer is outside the cell language.
func work() {
    defer { print("cleanup") }
    print("working")
}
work()
