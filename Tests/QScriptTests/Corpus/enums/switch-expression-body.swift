// A function or computed property whose body is one switch (or if) of single expressions
// returns the chosen branch (Swift's switch and if expressions).
enum Basis { case computational, hadamard, circular }
func label(_ b: Basis) -> String {
    switch b {
    case .computational: "Z"
    case .hadamard: "X"
    case .circular: "Y"
    }
}
func weight(_ b: Basis, _ heavy: Bool) -> Double {
    if heavy { 2.0 } else if b == .computational { 1.0 } else { 0.5 }
}
print(label(.hadamard), label(.circular), weight(.computational, false), weight(.hadamard, true), weight(.circular, false))
