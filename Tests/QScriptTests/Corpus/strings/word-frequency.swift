// Counting words in a sentence, printed in alphabetical order.
let text = "the cat and the hat and the bat"
var counts: [String: Int] = [:]
for w in text.split(separator: " ") {
    counts[String(w), default: 0] += 1
}
for word in counts.keys.sorted() {
    let n = counts[word]!
    var bar = ""
    for _ in 0..<n { bar += "*" }
    print(word, bar, n)
}
