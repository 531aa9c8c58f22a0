// enumerated() pairs each element with its offset.
let labels = ["|00>", "|01>", "|10>", "|11>"]
let probs = [0.5, 0.0, 0.0, 0.5]
for (i, label) in labels.enumerated() {
    print(i, label, probs[i])
}
for pair in ["a", "b"].enumerated() {
    print(pair.offset, pair.element)
}
for (index, p) in probs.enumerated() where p > 0 {
    print("outcome \(index) has p = \(p)")
}
