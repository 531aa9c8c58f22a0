// A small aligned table of outcomes using string padding.
let outcomes = ["000", "011", "101", "110"]
let counts = [249, 251, 262, 238]
let total = counts.reduce(0) { $0 + $1 }
print("state  count  fraction")
for (s, c) in zip(outcomes, counts) {
    var countText = String(c)
    while countText.count < 5 { countText = " " + countText }
    print("|\(s)>  \(countText)  \(Double(c) / Double(total))")
}
print("total  \(total)")
