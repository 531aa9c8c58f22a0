// defer runs its body as the function returns.
func work() {
    defer { print("cleanup") }
    print("working")
}
work()
