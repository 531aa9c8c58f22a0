// Rows of Pascal's triangle and binomial probabilities of k heads in n flips.
var row = [1]
for n in 0..<8 {
    print(n, row)
    var next = [1]
    for i in 1..<row.count {
        next.append(row[i - 1] + row[i])
    }
    next.append(1)
    row = next
}
let n = 4
let coefficients = [1, 4, 6, 4, 1]
let denominator = Double(1 << n)
print(coefficients.map { Double($0) / denominator })
