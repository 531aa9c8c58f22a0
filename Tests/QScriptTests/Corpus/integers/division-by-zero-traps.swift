// Integer division by zero traps (Double division would give inf).
let total = 120
var groupSizes = [4, 3, 0, 5]
for size in groupSizes {
    print("groups of \(size):", terminator: " ")
    print(total / size) // traps here
}
print(groupSizes)
