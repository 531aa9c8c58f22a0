// A closure captures the variable; copying an array into another variable does not.
var history = [1]
let addToHistory = { (x: Int) in history.append(x) }
var frozen = history
addToHistory(2)
addToHistory(3)
print(history, frozen)
frozen.append(-1)
print(history, frozen)
