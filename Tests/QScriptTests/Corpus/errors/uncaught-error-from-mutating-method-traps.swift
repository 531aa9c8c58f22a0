// An error from a mutating method, thrown at top level and not caught, ends the program.
enum StackError: Error { case underflow(needed: Int, had: Int) }
struct RPN {
    var stack: [Int] = []
    mutating func apply(_ op: String) throws {
        guard stack.count >= 2 else { throw StackError.underflow(needed: 2, had: stack.count) } // traps here
        let b = stack.removeLast(), a = stack.removeLast()
        stack.append(op == "+" ? a + b : a * b)
    }
}
var m = RPN()
m.stack = [2, 3, 4]
try m.apply("*")
print(m.stack)
try m.apply("+")
print(m.stack)
try m.apply("+")
print("not reached")
