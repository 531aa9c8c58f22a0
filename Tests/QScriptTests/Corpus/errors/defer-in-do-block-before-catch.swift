// A defer inside a do block runs before the catch clause handles the error.
enum E: Error { case boom(Int) }
func risky(_ n: Int) throws -> Int {
    if n % 2 == 1 { throw E.boom(n) }
    return n / 2
}
for n in [4, 3] {
    do {
        defer { print("leaving do for", n) }
        print("start", n)
        let h = try risky(n)
        defer { print("after risky, h =", h) }
        print("half", h)
    } catch {
        print("catch", error)
    }
    print("next")
}
