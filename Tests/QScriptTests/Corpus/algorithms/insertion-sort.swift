// Insertion sort written out by hand, compared with sorted().
func insertionSort(_ input: [Int]) -> [Int] {
    var a = input
    for i in 1..<max(a.count, 1) {
        let key = a[i]
        var j = i - 1
        while j >= 0 && a[j] > key {
            a[j + 1] = a[j]
            j -= 1
        }
        a[j + 1] = key
    }
    return a
}
let cases = [[5, 2, 9, 1, 5, 6], [], [1], [3, 2, 1], [-1, -1, 0]]
for c in cases {
    let mine = insertionSort(c)
    print(mine, mine == c.sorted())
}
