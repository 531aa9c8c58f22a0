// Recursive merge sort, counting comparisons; checked against sorted().
var comparisons = 0
func merge(_ a: [Int], _ b: [Int]) -> [Int] {
    var out: [Int] = []
    var i = 0, j = 0
    while i < a.count && j < b.count {
        comparisons += 1
        if a[i] <= b[j] { out.append(a[i]); i += 1 } else { out.append(b[j]); j += 1 }
    }
    out += a[i...]
    out += b[j...]
    return out
}
func mergeSort(_ xs: [Int]) -> [Int] {
    if xs.count <= 1 { return xs }
    let mid = xs.count / 2
    return merge(mergeSort(Array(xs[..<mid])), mergeSort(Array(xs[mid...])))
}
let data = [38, 27, 43, 3, 9, 82, 10, -5, 27, 0, 14]
let sorted = mergeSort(data)
print(sorted, comparisons)
print(sorted == data.sorted(), mergeSort([]), mergeSort([1]))
