// Word statistics: splitting, longest and shortest words, average length, capitalising.
let text = "the quantum state collapses when the qubit is measured in the computational basis"
let words = text.split(separator: " ").map { String($0) }
print(words.count)
let longest = words.max { $0.count < $1.count }!
let shortest = words.min { $0.count < $1.count }!
print(longest, shortest)
let average = Double(words.map { $0.count }.reduce(0, +)) / Double(words.count)
print((average * 100).rounded() / 100)
let capitalised = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
print(capitalised.prefix(4).joined(separator: " "))
var seen: [String] = []
for w in words where !seen.contains(w) { seen.append(w) }
print(seen.count, words.filter { $0 == "the" }.count, words.filter { $0.hasSuffix("ed") })
