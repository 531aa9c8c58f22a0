// A switch over a tuple of enums is exhaustive when every combination is covered.
enum Bit { case zero, one }
func xor(_ a: Bit, _ b: Bit) -> Bit {
    switch (a, b) {
    case (.zero, .zero), (.one, .one): return .zero
    case (.zero, .one), (.one, .zero): return .one
    }
}
func and(_ a: Bit, _ b: Bit) -> Bit {
    switch (a, b) {
    case (.one, .one): return .one
    case (_, .zero), (.zero, _): return .zero
    }
}
let bits: [Bit] = [.zero, .one]
for a in bits { for b in bits { print(a, b, xor(a, b), and(a, b)) } }
