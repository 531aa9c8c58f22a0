// if let binds the wrapped value only when there is one.
let inputs = ["42", "x7", "-3", ""]
for text in inputs {
    if let n = Int(text) {
        print("\(text) -> \(n * 2)")
    } else {
        print("\(text) is not a number")
    }
}
let scores = ["ada": 9]
if let s = scores["ada"], s > 5 {
    print("ada passed with", s)
}
if let s = scores["bob"] {
    print("unexpected", s)
} else {
    print("no score for bob")
}
