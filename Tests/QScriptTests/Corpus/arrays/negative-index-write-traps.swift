// Writing at index -1 traps; Swift has no negative indexing.
var history = [1, 2, 3]
history[0] = 10
print(history)
var last = history.count - 1
history[last] = 30
print(history)
last -= 3
history[last] = 0 // traps here
print(history)
