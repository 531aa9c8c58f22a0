// Tables of text and of numbers.
let t = Table(columns: ["state", "p"], rows: [["00", "0.5"], ["11", "0.5"]])
print(t)
print(t.columns, t.rows)
let n = Table(columns: ["x", "x²"], numbers: [[1, 1], [1.5, 2.25]], decimals: 2)
print(n)
