// '==' needs the struct to declare Equatable.
struct Pair {
    var a: Int
    var b: Int
}
let p = Pair(a: 1, b: 2)
print(p == Pair(a: 1, b: 2)) // error here
