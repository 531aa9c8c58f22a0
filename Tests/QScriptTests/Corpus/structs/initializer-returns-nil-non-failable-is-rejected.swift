struct Prob {
    var p: Double

    init(_ p: Double) {
        if p < 0 || p > 1 {
            return nil // error here
        }
        self.p = p
    }
}
print(Prob(0.5))
