// a...b includes both ends.
var total = 0
for i in 1...100 {
    total += i
}
print(total)
for row in 1...4 {
    var line = ""
    for col in 1...row {
        line += "\(row * col)\t"
    }
    print(line)
}
for single in 5...5 { print("only", single) }
