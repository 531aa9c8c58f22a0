// Binary search over a sorted array, returning nil when absent.
func search(_ sorted: [Int], for target: Int) -> Int? {
    var lo = 0
    var hi = sorted.count - 1
    while lo <= hi {
        let mid = lo + (hi - lo) / 2
        if sorted[mid] == target {
            return mid
        } else if sorted[mid] < target {
            lo = mid + 1
        } else {
            hi = mid - 1
        }
    }
    return nil
}
let data = [1, 3, 4, 8, 13, 21, 34, 55]
for t in [1, 8, 55, 2, 100, -5] {
    print(t, search(data, for: t))
}
print(search([], for: 3))
