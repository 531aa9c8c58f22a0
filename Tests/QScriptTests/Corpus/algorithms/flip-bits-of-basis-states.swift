// An X gate on qubit k maps basis index i to i ^ (1 << k); permute a state vector with it.
func applyX(_ state: [Double], qubit k: Int) -> [Double] {
    var out = state
    for i in 0..<state.count {
        out[i ^ (1 << k)] = state[i]
    }
    return out
}
let start = [1.0, 0, 0, 0, 0, 0, 0, 0]
let afterX0 = applyX(start, qubit: 0)
let afterX2 = applyX(afterX0, qubit: 2)
print(afterX0)
print(afterX2)
print(String(afterX2.firstIndex(of: 1)!, radix: 2))
