// A closure must take as many parameters as its type says.
let values = [3, 1, 2]
print(values.sorted { a, b in a < b })
let doubled = values.map { a, b in a * 2 } // error here
print(doubled)
