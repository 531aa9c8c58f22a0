// A value that is not a function cannot be called.
let size = 8
print(size)
let doubled = size(2) // error here
print(doubled)
