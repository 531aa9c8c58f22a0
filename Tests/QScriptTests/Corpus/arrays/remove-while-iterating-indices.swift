// Removing items safely by walking indices backwards.
var values = [5, 12, 7, 20, 1, 14]
var i = values.count - 1
while i >= 0 {
    if values[i] > 10 {
        values.remove(at: i)
    }
    i -= 1
}
print(values)
var queue = [1, 2, 3]
var served: [Int] = []
while !queue.isEmpty {
    served.append(queue.remove(at: 0))
}
print(served, queue)
