// remove(at:) with an index equal to count traps.
var queue = ["a", "b", "c"]
let removed = queue.remove(at: 1)
print(removed, queue)
let position = queue.count
print("removing at", position)
queue.remove(at: position) // traps here
print(queue)
