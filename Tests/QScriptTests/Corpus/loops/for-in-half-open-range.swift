// 0..<n visits 0 through n-1; an empty range runs no iterations.
var squares: [Int] = []
for i in 0..<6 {
    squares.append(i * i)
}
print(squares)
let n = 0
for i in 0..<n {
    print("never", i)
}
let start = 3, end = 7
for k in start..<end {
    print(k, terminator: k < end - 1 ? ", " : "\n")
}
