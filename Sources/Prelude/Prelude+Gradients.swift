import QScript
import QSim

extension Prelude {
    /// Gradients of a circuit's outputs with respect to all its parameters: adjoint (exact, one
    /// backward sweep), parameter shift (exact or with shots, as hardware would), and the
    /// gradient of any loss of the output probabilities (the cell's closure gives L and dL/dp).
    static var gradients: [Binding] {
        [
            .closure((([Double]) throws -> (Double, [Double])).self),
            Binding(extending: Circuit.self) { t in
                t.method("expectationGradient(of: Observable, parameters: [Double]? = nil) -> (value: Double, gradient: [Double])") {
                    (c: Circuit, o: Observable, values: [Double]?) in try c.checkedExpectationGradient(of: o, parameters: values)
                }
                t.method("expectationGradient(of: PauliString, parameters: [Double]? = nil) -> (value: Double, gradient: [Double])") {
                    (c: Circuit, p: PauliString, values: [Double]?) in try c.checkedExpectationGradient(of: p, parameters: values)
                }
                t.method("lossGradient(parameters: [Double]? = nil, loss: ([Double]) -> (Double, [Double])) -> (value: Double, gradient: [Double])") {
                    (c: Circuit, values: [Double]?, loss: @escaping ([Double]) throws -> (Double, [Double])) in
                    // The cell's closure may throw (a trap, the time limit): it comes out unchanged.
                    try c.checkedLossGradient(parameters: values) { p in
                        let (value, gradient) = try loss(p)
                        return (value: value, gradient: gradient)
                    }
                }
                t.method("vectorJacobianProduct(_ dLdp: [Double], parameters: [Double]? = nil) -> [Double]") {
                    (c: Circuit, dLdp: [Double], values: [Double]?) in try c.checkedVectorJacobianProduct(dLdp, parameters: values)
                }
                t.method("parameterShiftGradient(of: Observable, parameters: [Double]? = nil) -> [Double]") {
                    (c: Circuit, o: Observable, values: [Double]?) in try c.checkedParameterShiftGradient(of: o, parameters: values)
                }
                t.method("parameterShiftGradient(of: Observable, shots: Int, seed: Int, parameters: [Double]? = nil) -> [Double]") {
                    (c: Circuit, o: Observable, shots: Int, seed: Int, values: [Double]?) in
                    try c.checkedParameterShiftGradient(of: o, shots: shots, seed: seed, parameters: values)
                }
                t.method("parameterShiftJacobian(parameters: [Double]? = nil) -> [[Double]]") { (c: Circuit, values: [Double]?) in
                    try c.checkedParameterShiftJacobian(parameters: values)
                }
                t.method("parameterShiftJacobian(shots: Int, seed: Int, parameters: [Double]? = nil) -> [[Double]]") {
                    (c: Circuit, shots: Int, seed: Int, values: [Double]?) in
                    try c.checkedParameterShiftJacobian(shots: shots, seed: seed, parameters: values)
                }
                t.method("estimateExpectation(_: Observable, parameters: [Double]? = nil, shots: Int, seed: Int) -> Double") {
                    (c: Circuit, o: Observable, values: [Double]?, shots: Int, seed: Int) in
                    try c.checkedEstimateExpectation(o, parameters: values, shots: shots, seed: seed)
                }
            },
        ]
    }
}
