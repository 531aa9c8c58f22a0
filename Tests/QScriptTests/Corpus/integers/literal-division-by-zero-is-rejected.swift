// Dividing by a literal zero is caught by the compiler, not at run time.
let total = 10
print(total / 2)
print(total % 3)
print(total / 0) // error here
print("never printed")
