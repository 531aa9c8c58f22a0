// A surprise: unary minus on a parenthesised literal expression is ambiguous
// when passed straight to print (whose parameter is Any); a let fixes it.
let fine = -(2 - 5)
print(fine)
print(-(2 - 5)) // error here
