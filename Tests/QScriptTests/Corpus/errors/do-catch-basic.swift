// A throwing function called in a do block; the catch takes the error.
struct Failure: Error {}
func check(_ x: Int) throws -> Int {
    if x < 0 { throw Failure() }
    return x
}
do {
    print(try check(3))
    print(try check(-1))
} catch {
    print("failed")
}
