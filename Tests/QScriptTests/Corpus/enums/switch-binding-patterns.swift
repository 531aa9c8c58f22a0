// Binding associated values in switch: let inside, let outside, labels, wildcards, where.
enum Measurement {
    case counts(zeros: Int, ones: Int)
    case probability(Double)
    case failed(String)
}
func describe(_ m: Measurement) -> String {
    switch m {
    case .counts(zeros: let z, ones: let o) where z + o == 0:
        return "no shots"
    case let .counts(z, o):
        return "p1 = \(Double(o) / Double(z + o))"
    case .probability(let p) where p > 1 || p < 0:
        return "invalid \(p)"
    case .probability(let p):
        return "p1 = \(p)"
    case .failed(_):
        return "failed"
    }
}
print(describe(.counts(zeros: 0, ones: 0)))
print(describe(.counts(zeros: 30, ones: 70)))
print(describe(.probability(1.5)))
print(describe(.probability(0.25)))
print(describe(.failed("timeout")))
