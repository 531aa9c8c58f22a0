// d[k, default: v] reads with a fallback and makes counting easy.
let shots = ["00", "11", "00", "00", "11", "01"]
var counts: [String: Int] = [:]
for s in shots {
    counts[s, default: 0] += 1
}
for k in counts.keys.sorted() {
    print(k, counts[k]!)
}
print(counts["10", default: 0], counts.count)
var groups: [Int: [String]] = [:]
for w in ["ab", "c", "de", "fgh", "i"] {
    groups[w.count, default: []].append(w)
}
for k in groups.keys.sorted() {
    print(k, groups[k]!)
}
