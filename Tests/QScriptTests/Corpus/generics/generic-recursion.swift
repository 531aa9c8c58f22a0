// A generic recursive function: merge sort over any Comparable element.
func mergeSorted<T: Comparable>(_ xs: [T]) -> [T] {
    if xs.count < 2 { return xs }
    let mid = xs.count / 2
    let left = mergeSorted(Array(xs[..<mid]))
    let right = mergeSorted(Array(xs[mid...]))
    var out: [T] = []
    var i = 0, j = 0
    while i < left.count && j < right.count {
        if left[i] <= right[j] { out.append(left[i]); i += 1 } else { out.append(right[j]); j += 1 }
    }
    out += left[i...]
    out += right[j...]
    return out
}
print(mergeSorted([5, 3, 9, 1, 5, 0]))
print(mergeSorted(["q", "a", "m"]))
print(mergeSorted([2.5, -1.0, 0.0]))
