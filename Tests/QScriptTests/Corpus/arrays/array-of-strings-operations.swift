// A small to-do list manipulated with the array API.
var todo = ["write tutorial", "run tests"]
todo.insert("read issue", at: 0)
todo.append("commit")
print(todo.count, todo.first!, todo.last!)
if let i = todo.firstIndex(of: "run tests") {
    todo[i] = "run all tests"
}
print(todo)
print(todo.filter { $0.hasPrefix("r") })
print(todo.map { $0.uppercased() }.sorted())
