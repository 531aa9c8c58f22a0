// Declaring operators is outside the cell language.
infix operator ** : MultiplicationPrecedence
func ** (base: Int, exponent: Int) -> Int {
    var result = 1
    for _ in 0..<exponent { result *= base }
    return result
}
print(2 ** 10)
