// Grouping words by their first letter with default subscripts, printed in key order.
let words = ["hadamard", "phase", "pauli", "toffoli", "swap", "hermitian", "projector", "tensor", "spin"]
var groups: [Character: [String]] = [:]
for w in words { groups[w.first!, default: []].append(w) }
for k in groups.keys.sorted() { print(k, groups[k]!.sorted()) }
let sizes = groups.mapValues { $0.count }
print(sizes.keys.sorted().map { "\($0):\(sizes[$0]!)" }.joined(separator: " "))
let big = groups.filter { $0.value.count >= 3 }
print(big.count, big.keys.sorted())
print(groups["z"] as Any, groups["h"]?.count as Any)
