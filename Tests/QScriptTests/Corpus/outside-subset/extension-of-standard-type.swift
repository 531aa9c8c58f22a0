extension Double {
    var squared: Double { self * self }
}
print(3.0.squared)
