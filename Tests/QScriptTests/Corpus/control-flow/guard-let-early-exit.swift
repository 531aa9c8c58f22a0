// guard let keeps the unwrapped value in scope after the guard.
func mean(of text: [String]) -> Double? {
    var sum = 0.0
    for t in text {
        guard let v = Int(t) else {
            print("skipping \(t)")
            continue
        }
        sum += Double(v)
    }
    guard !text.isEmpty else { return nil }
    return sum / Double(text.count)
}
print(mean(of: ["1", "2", "oops", "4"]))
print(mean(of: []))
func firstEven(_ values: [Int]) -> Int {
    guard let even = values.filter({ $0 % 2 == 0 }).first else { return -1 }
    return even
}
print(firstEven([3, 5, 8, 10]), firstEven([1]))
