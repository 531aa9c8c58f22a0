// continue with a label moves to the next iteration of the outer loop.
var lines: [String] = []
rows: for row in 0..<4 {
    var line = ""
    for col in 0..<4 {
        if col > row {
            lines.append(line)
            continue rows
        }
        line += "\(row * col) "
    }
    lines.append(line + "|")
}
for l in lines { print(l) }
var primes: [Int] = []
candidates: for n in 2...30 {
    for p in primes where p * p <= n {
        if n % p == 0 { continue candidates }
    }
    primes.append(n)
}
print(primes)
