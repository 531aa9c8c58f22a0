// The gradient of any loss of the probabilities, through a cell's closure.
var c = Circuit(qubits: 2)
let ps = c.addParameters(3, values: [0.1, 0.7, -0.4])
c.ry(ps[0], 0); c.ry(ps[1], 1); c.cnot(0, 1); c.rx(ps[2], 0)
let target = [0.25, 0.25, 0.25, 0.25]
let (loss, grad) = c.lossGradient { p in
    var l = 0.0
    var g = [Double](repeating: 0, count: p.count)
    for i in 0..<p.count { l += (p[i] - target[i]) * (p[i] - target[i]); g[i] = 2 * (p[i] - target[i]) }
    return (l, g)
}
print(loss, grad)
let vjp = c.vectorJacobianProduct([1, 0, 0, -1])
print(vjp)
