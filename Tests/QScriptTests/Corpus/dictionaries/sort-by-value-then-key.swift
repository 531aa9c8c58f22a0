// Ranking dictionary entries by value, descending, with ties broken by key.
let scores = ["carol": 91, "alice": 88, "dave": 91, "bob": 75, "erin": 88, "frank": 60]
let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
for (i, entry) in ranked.enumerated() { print(i + 1, entry.key, entry.value) }
print(ranked.prefix(2).map { $0.key })
let best = scores.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
print(best.key, best.value)
let passed = scores.filter { $0.value >= 80 }.map { $0.key }.sorted()
print(passed)
