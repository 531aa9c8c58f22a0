// The for-in loop iterates over the array as it was when the loop started.
var queue = [1, 2, 3]
for item in queue {
    if item < 3 {
        queue.append(item * 10)
    }
}
print(queue)
var stack = [5]
var seen: [Int] = []
while !stack.isEmpty {
    let top = stack.removeLast()
    seen.append(top)
    if top > 1 {
        stack.append(top / 2)
    }
}
print(seen)
