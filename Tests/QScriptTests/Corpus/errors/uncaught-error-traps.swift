// An error nobody catches ends the program.
enum Failure: Error { case budgetExceeded(Int) }
func spend(_ n: Int) throws -> Int {
    if n > 10 { throw Failure.budgetExceeded(n) } // traps here
    return 10 - n
}
print(try spend(4))
print(try spend(12))
print("not reached")
