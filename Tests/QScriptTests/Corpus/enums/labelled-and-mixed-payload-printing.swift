// Labelled, unlabelled and partly labelled associated values print as Swift reflects them.
enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    case polygon(Int, side: Double)
    case point
    func area() -> Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case let .rect(w, h): return w * h
        case .polygon(let n, side: let s): return Double(n) * s * s / 4.0
        case .point: return 0
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1.5), .rect(width: 2, height: 3), .polygon(6, side: 2), .point]
for s in shapes { print(s, s.area()) }
print(shapes)
print(shapes.map { $0.area() }.reduce(0, +))
