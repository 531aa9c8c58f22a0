// Basic properties of arrays.
let data = [2.5, 4.0, 1.25]
let none: [Double] = []
print(data.count, data.isEmpty, none.count, none.isEmpty)
print(data.first!, data.last!)
print(data.first, none.last)
print(data[0] + data[data.count - 1])
