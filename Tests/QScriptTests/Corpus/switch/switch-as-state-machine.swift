// Counting words with a tiny state machine driven by a switch on a tuple.
let text = ["a", " ", "b", "c", " ", " ", "d", " "]
var inWord = false
var words = 0
for ch in text {
    let isSpace = ch == " "
    switch (inWord, isSpace) {
    case (false, false):
        words += 1
        inWord = true
    case (true, true):
        inWord = false
    default:
        break
    }
}
print("words:", words)
