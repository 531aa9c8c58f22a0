// Methods, a computed property, and implicit and explicit self.
struct Rectangle {
    var width: Double
    var height: Double

    var area: Double { width * height }
    var isSquare: Bool {
        get { width == height }
    }

    func scaled(by k: Double) -> Rectangle {
        Rectangle(width: width * k, height: self.height * k)
    }

    func describe() -> String {
        "\(width) x \(height), area \(area)"
    }
}
let r = Rectangle(width: 2, height: 3)
print(r.area, r.isSquare)
print(r.scaled(by: 2))
print(r.scaled(by: 1.5).describe())
print(Rectangle(width: 4, height: 4).isSquare)
