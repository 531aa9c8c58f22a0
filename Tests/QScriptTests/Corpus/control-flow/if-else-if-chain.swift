// Classifying measurement probabilities with an else-if ladder.
func classify(_ p: Double) -> String {
    if p < 0 || p > 1 {
        return "invalid"
    } else if p == 0 {
        return "impossible"
    } else if p < 0.5 {
        return "unlikely"
    } else if p < 1 {
        return "likely"
    } else {
        return "certain"
    }
}
for p in [-0.1, 0, 0.25, 0.5, 0.99, 1, 1.5] {
    print(p, classify(p))
}
