// Unlabelled break and continue affect the innermost loop.
var sum = 0
for i in 1...100 {
    if i % 3 == 0 { continue }
    if i > 10 { break }
    sum += i
}
print(sum)
var i = 0
var odds: [Int] = []
while true {
    i += 1
    if i % 2 == 0 { continue }
    if i > 9 { break }
    odds.append(i)
}
print(odds)
