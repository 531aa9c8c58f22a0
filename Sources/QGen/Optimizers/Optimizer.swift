/// A minimiser of a differentiable objective, one iteration at a time. Every optimizer is a value
/// whose state (moments, curvature pairs) starts empty and evolves only by `iterate`, so a run is
/// reproducible exactly; copy one to branch a run.
public protocol Optimizer: Sendable {
    /// One iteration from `x`: evaluates the objective (once for first-order methods, a few times
    /// in a line search) and returns the next parameters and the objective's value at `x`.
    /// Errors thrown by the objective pass through unchanged.
    mutating func iterate(_ x: [Double],
                          objective: ([Double]) throws -> (value: Double, gradient: [Double])) throws -> (parameters: [Double], value: Double)
    /// Forgets the state accumulated so far.
    mutating func reset()
}

/// An optimizer that moves by the gradient alone, so a hand-written loop can call
/// `x = optimizer.step(x, gradient: g)`.
public protocol FirstOrderOptimizer: Optimizer {
    /// The next parameters from `x` and the objective's gradient at `x`.
    mutating func step(_ x: [Double], gradient: [Double]) -> [Double]
}

extension FirstOrderOptimizer {
    public mutating func iterate(_ x: [Double],
                                 objective: ([Double]) throws -> (value: Double, gradient: [Double])) throws -> (parameters: [Double], value: Double) {
        let (value, gradient) = try objective(x)
        return (try checkedStep(x, gradient: gradient), value)
    }

    /// `step(_:gradient:)`, throwing instead of trapping when the lengths differ or a number is not finite.
    public mutating func checkedStep(_ x: [Double], gradient: [Double]) throws(QGenError) -> [Double] {
        if gradient.count != x.count { throw .sizeMismatch(what: "gradient length", expected: x.count, got: gradient.count) }
        try require(x.allSatisfy(\.isFinite), "the parameters must be finite numbers")
        try require(gradient.allSatisfy(\.isFinite), "the gradient must be finite numbers")
        return step(x, gradient: gradient)
    }
}

extension Optimizer {
    /// `iterate` for an objective that throws only `QGenError`, keeping the error's type.
    mutating func checkedIterate(_ x: [Double], objective: ([Double]) throws(QGenError) -> (value: Double, gradient: [Double]))
        throws(QGenError) -> (parameters: [Double], value: Double) {
        do {
            return try iterate(x) { point in try objective(point) }
        } catch let error as QGenError {
            throw error
        } catch {
            throw QGenError.invalidArgument("\(error)")
        }
    }
}
