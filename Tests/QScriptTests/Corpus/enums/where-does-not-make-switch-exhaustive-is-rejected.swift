// A case with a where clause does not count towards exhaustiveness.
enum Sign { case positive(Int), negative(Int), zero }
func name(_ s: Sign) -> String {
    switch s { // error here
    case .positive(let n) where n > 0: return "positive"
    case .negative: return "negative"
    case .zero: return "zero"
    }
}
print(name(.zero))
