// Returning from inside nested loops.
func firstPairSumming(to target: Int, in values: [Int]) -> (Int, Int)? {
    for i in 0..<values.count {
        for j in (i + 1)..<values.count {
            if values[i] + values[j] == target {
                return (values[i], values[j])
            }
        }
    }
    return nil
}
print(firstPairSumming(to: 10, in: [1, 4, 6, 9]))
print(firstPairSumming(to: 100, in: [1, 4, 6, 9]))
