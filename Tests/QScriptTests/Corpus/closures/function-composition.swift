// Composing functions with a helper that returns a closure.
func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
    return { x in g(f(x)) }
}
let double = { (x: Double) -> Double in x * 2 }
let inc: (Double) -> Double = { $0 + 1 }
let square: (Double) -> Double = { $0 * $0 }
let f = compose(double, inc)
let g = compose(inc, double)
let h = compose(compose(square, inc), double)
print(f(3), g(3), h(3))
let pipeline = [double, inc, square, inc]
let run = pipeline.reduce({ (x: Double) in x }) { acc, next in compose(acc, next) }
print(run(1), run(-0.5), [1.0, 2.0, 3.0].map(run))
