// A trap inside a method is located in the method's body.
struct Buffer {
    var items: [Int]
    func item(_ i: Int) -> Int {
        items[i] // traps here
    }
}
let b = Buffer(items: [1, 2, 3])
print(b.item(2))
print(b.item(3))
