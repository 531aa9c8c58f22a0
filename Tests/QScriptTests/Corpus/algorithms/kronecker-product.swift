// Tensor product of state vectors: |0> (x) |+> and a two-qubit product state.
func kron(_ a: [Double], _ b: [Double]) -> [Double] {
    var out: [Double] = []
    for x in a {
        for y in b {
            out.append(x * y)
        }
    }
    return out
}
let zero = [1.0, 0.0]
let one = [0.0, 1.0]
let plus = [0.5, 0.5]
print(kron(zero, one))
print(kron(one, plus))
print(kron(kron(zero, one), one))
print(kron(plus, plus).reduce(0) { $0 + $1 })
