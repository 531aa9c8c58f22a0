struct Spin {
    var up: Bool
    var weight: Double

    init(up: Bool) {
        self.up = up
        weight = 1
    }
}
print(Spin(up: true))
print(Spin(up: false, weight: 2)) // error here
