// Kadane's algorithm for the maximum subarray, with its bounds.
func maxSubarray(_ xs: [Int]) -> (sum: Int, start: Int, end: Int) {
    var best = (sum: xs[0], start: 0, end: 0)
    var current = xs[0], start = 0
    for i in 1..<xs.count {
        if current < 0 { current = xs[i]; start = i } else { current += xs[i] }
        if current > best.sum { best = (current, start, i) }
    }
    return best
}
let cases = [[-2, 1, -3, 4, -1, 2, 1, -5, 4], [5, -9, 6, -2, 3], [-3, -1, -2], [1, 2, 3]]
for xs in cases {
    let r = maxSubarray(xs)
    print(r, Array(xs[r.start...r.end]))
}
