// removeLast on an empty array traps (popLast would return nil instead).
var stack = [1, 2]
print(stack.removeLast())
print(stack.removeLast())
print("empty now:", stack.isEmpty)
print(stack.removeLast()) // traps here
