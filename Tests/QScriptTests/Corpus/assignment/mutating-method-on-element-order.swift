// A mutating method on an element: the element's index first, then the arguments.
var log: [String] = []
func i(_ k: Int) -> Int { log.append("i\(k)"); return k }
func v(_ k: Int) -> Int { log.append("v\(k)"); return k }
var rows: [[Int]] = [[], []]
rows[i(1)].append(v(8))
rows[i(0)].insert(v(6), at: i(0))
var pairs = [(1, 2), (3, 4)]
(pairs[i(0)], pairs[i(1)]) = ((v(5), 0), (v(7), 1))
print(log)
print(rows, pairs)
