// String and Character payloads print quoted, numbers bare, inside and outside collections.
enum Token { case number(Int), real(Double), word(String), symbol(Character), flag(Bool) }
let tokens: [Token] = [.number(42), .real(2.5), .word("qubit"), .symbol("+"), .flag(false)]
for t in tokens { print(t) }
print(tokens)
print("token: \(tokens[2]) and \(tokens[3])")
let pair = (tokens[0], tokens[2])
print(pair)
let opt: Token? = .word("x")
print(opt as Any)
