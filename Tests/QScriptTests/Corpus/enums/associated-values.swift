// Associated values, labelled or not, and how Swift prints them.
enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case polygon(sides: Int, Double)
    case point
}
let shapes: [Shape] = [.circle(radius: 1.5), .rectangle(width: 2, height: 3), .polygon(sides: 6, 1.0), .point]
for s in shapes { print(s) }
print(shapes)
print(Shape.circle(radius: 2))
