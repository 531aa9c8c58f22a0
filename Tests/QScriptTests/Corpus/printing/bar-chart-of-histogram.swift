// A text bar chart of a probability vector.
let probs = [0.5, 0.125, 0.25, 0.125]
for (i, p) in probs.enumerated() {
    var label = String(i, radix: 2)
    while label.count < 2 { label = "0" + label }
    var bar = ""
    for _ in 0..<Int(p * 40) { bar += "=" }
    print("|\(label)> \(bar) \(p)")
}
