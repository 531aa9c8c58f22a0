// A trap inside a description happens when the value is printed, on the description's line.
struct Sample: CustomStringConvertible {
    var values: [Int]
    var index: Int
    var description: String { "sample \(values[index])" } // traps here
}
print(Sample(values: [1, 2], index: 1))
print(Sample(values: [1, 2], index: 2))
