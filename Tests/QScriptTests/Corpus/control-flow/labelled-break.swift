// Breaking out of an outer loop from an inner one.
let target = 42
var found: (Int, Int)? = nil
search: for a in 1...10 {
    for b in 1...10 {
        if a * b == target {
            found = (a, b)
            break search
        }
    }
}
print(found!)
var visited = 0
outer: while true {
    for step in 0..<100 {
        visited += 1
        if step == 3 { break outer }
    }
}
print("visited", visited)
