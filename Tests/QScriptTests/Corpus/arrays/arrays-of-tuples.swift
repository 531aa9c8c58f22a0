// Arrays of tuples: printing, sorting and picking fields.
let results: [(state: String, count: Int)] = [("00", 480), ("11", 510), ("01", 6), ("10", 4)]
print(results[0], results[1].state, results[1].count)
let common = results.filter { $0.count > 100 }.map { $0.state }
print(common)
let byCount = results.sorted { $0.count > $1.count }
print(byCount.map { $0.count })
let unlabeled = [(1, 2.5), (2, 5.0)]
print(unlabeled)
