// Walking an array backwards and over its indices.
let word = ["q", "u", "b", "i", "t"]
var backwards = ""
for letter in word.reversed() {
    backwards += letter
}
print(backwards)
for i in word.indices {
    print(i, word[i], terminator: i == word.count - 1 ? "\n" : " | ")
}
for i in (0..<3).reversed() {
    print("T-\(i)")
}
