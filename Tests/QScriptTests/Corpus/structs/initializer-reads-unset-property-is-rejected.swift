struct Range {
    var low: Double
    var high: Double

    init(width: Double) {
        low = 0
        print(high) // error here
        high = width
    }
}
print(Range(width: 1))
