// try in if conditions, guard let with try?, and a throwing function used in a guard.
enum CheckError: Error { case unreadable(Int) }
func isEven(_ n: Int) throws -> Bool {
    if n < 0 { throw CheckError.unreadable(n) }
    return n % 2 == 0
}
func halve(_ n: Int) throws -> Int {
    guard try isEven(n) else { return -1 }
    return n / 2
}
for n in [8, 7, -2] {
    do {
        if try isEven(n) { print(n, "even") } else { print(n, "odd") }
        print("half", try halve(n))
    } catch {
        print("error", error)
    }
}
func firstHalf(_ xs: [Int]) -> Int? {
    for x in xs {
        guard let h = try? halve(x), h > 0 else { continue }
        return h
    }
    return nil
}
print(firstHalf([-4, 3, 10, 12]) as Any, firstHalf([-1]) as Any)
