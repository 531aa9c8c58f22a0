// An enum with associated values is Equatable only when it says so.
enum Token { case number(Double), plus }
let t = Token.number(1)
print(t == Token.plus) // error here
