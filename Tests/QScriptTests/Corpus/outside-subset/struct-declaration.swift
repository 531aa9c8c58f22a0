// struct is outside the cell language: swiftc accepts this, the interpreter must reject it.
struct Qubit {
    var alpha: Double
    var beta: Double
}
let q = Qubit(alpha: 1, beta: 0)
print(q.alpha, q.beta)
