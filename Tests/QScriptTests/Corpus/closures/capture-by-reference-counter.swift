// A closure captures the variable itself, not a copy of its value.
func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let a = makeCounter()
let b = makeCounter()
print(a(), a(), a())
print(b())
print(a())
