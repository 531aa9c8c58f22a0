// A struct of stored properties, made with the memberwise initializer.
struct Qubit {
    var alpha: Double
    var beta: Double
}
let q = Qubit(alpha: 1, beta: 0)
print(q.alpha, q.beta)
