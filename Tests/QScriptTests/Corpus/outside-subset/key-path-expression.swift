// Key paths are outside the cell language.
let words = ["alpha", "be", "gam"]
let lengths = words.map(\.count)
print(lengths)
print(words.map(\.isEmpty))
