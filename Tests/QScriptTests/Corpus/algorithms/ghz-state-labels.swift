// Listing the non-zero amplitudes of an n-qubit GHZ state with labels.
func label(_ i: Int, _ n: Int) -> String {
    var s = String(i, radix: 2)
    while s.count < n { s = "0" + s }
    return s
}
for n in 1...4 {
    let size = 1 << n
    var state = Array(repeating: 0.0, count: size)
    let a = 1 / (2.0).squareRoot()
    state[0] = a
    state[size - 1] = a
    var terms: [String] = []
    for (i, amp) in state.enumerated() where amp != 0 {
        terms.append("\(amp)|\(label(i, n))>")
    }
    print(n, terms.joined(separator: " + "))
}
