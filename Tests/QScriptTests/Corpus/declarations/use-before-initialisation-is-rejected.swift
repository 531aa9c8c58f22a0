// A variable must be initialised before it is read.
var total: Int
print("summing")
total += 5 // error here
print(total)
