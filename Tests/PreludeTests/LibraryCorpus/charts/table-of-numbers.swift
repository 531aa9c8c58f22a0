// A table of numbers with the default four decimals.
let t = Table(columns: ["n", "1/n"], numbers: (1...4).map { [Double($0), 1 / Double($0)] })
print(t)
print(t.rows.count)
