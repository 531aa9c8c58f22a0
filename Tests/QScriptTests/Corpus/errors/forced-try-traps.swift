// try! on a call that throws traps at the try!.
enum Bad: Error { case input }
func check(_ x: Int) throws -> Int {
    if x < 0 { throw Bad.input }
    return x
}
print(try! check(3))
var k = -1
print(try! check(k)) // traps here
