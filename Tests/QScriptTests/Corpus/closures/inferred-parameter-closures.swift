// Parameter types inferred from context: { a, b in ... }.
let numbers = [5, 3, 8, 1, 9, 2]
let descending = numbers.sorted(by: { a, b in a > b })
print(descending)
let total = numbers.reduce(0, { acc, x in acc + x })
print(total)
let describe: (Int, String) -> String = { n, unit in "\(n) \(unit)" }
print(describe(3, "shots"))
let labelled = numbers.map { n in n % 2 == 0 ? "even" : "odd" }
print(labelled)
