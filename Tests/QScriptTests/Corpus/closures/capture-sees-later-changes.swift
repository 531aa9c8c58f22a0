// A closure reads the captured variable when it runs, so it sees later assignments.
var factor = 2
let scale = { (x: Int) -> Int in x * factor }
print(scale(10))
factor = 5
print(scale(10))
// ...and it can write to the variable too.
var log: [String] = []
let record = { (s: String) in log.append(s) }
record("first")
record("second")
print(log)
