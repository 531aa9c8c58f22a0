// break is only allowed inside a loop, if, do or switch.
func firstNegative(_ values: [Int]) -> Int? {
    for v in values where v < 0 {
        return v
    }
    break // error here
}
print(firstNegative([1, -2]))
