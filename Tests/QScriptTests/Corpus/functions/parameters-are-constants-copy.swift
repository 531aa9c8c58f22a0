// Parameters are copies: changing a local copy leaves the caller's array alone.
func withFirstZeroed(_ values: [Int]) -> [Int] {
    var copy = values
    if !copy.isEmpty {
        copy[0] = 0
    }
    return copy
}
let original = [9, 8, 7]
let changed = withFirstZeroed(original)
print(original)
print(changed)
