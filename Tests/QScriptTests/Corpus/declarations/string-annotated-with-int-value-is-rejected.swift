// A type annotation must match the value.
let name: String = "ket"
print(name)
let count: String = 5 // error here
print(count)
