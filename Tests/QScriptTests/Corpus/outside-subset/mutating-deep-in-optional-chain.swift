// A mutating method reached through an optional chain of more than one step.
struct Counter {
    var n = 0
    mutating func bump() { n += 1 }
}
var maybe: [Counter]? = [Counter(), Counter()]
maybe?[1].bump()
print(maybe![1].n)
