// continue out of a catch, defer order as an error passes nested do blocks, a catch that
// does not match lets the error reach the outer one.
enum E: Error { case a(Int), b }
func f(_ x: Int) throws -> Int {
    guard x >= 0 else { throw E.a(x) }
    return x
}
func g(_ xs: [Int]) -> [String] {
    var out: [String] = []
    for x in xs {
        do {
            out.append(String(try f(x)))
        } catch E.a(let v) {
            out.append("a\(v)")
            continue
        } catch {
            out.append("?")
        }
        out.append(".")
    }
    return out
}
print(g([1, -2, 3]))
var log: [String] = []
func h() throws {
    defer { log.append("h1") }
    do {
        defer { log.append("inner") }
        try f(-1)
    } catch E.b {
        log.append("never")
    }
    log.append("not reached")
}
do { try h() } catch { log.append("outer \(error)") }
print(log)
func nested() throws -> Int {
    do {
        return try f(-3)
    } catch let E.a(v) where v < -10 {
        return 0
    }
}
print((try? nested()) as Any)
do {
    do { throw E.b } catch E.a { print("no") }
} catch {
    print("outer caught", error)
}
