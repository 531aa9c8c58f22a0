// A catch clause inside a throwing function logs the error and throws it again.
enum FetchError: Error { case notFound(id: Int), forbidden }
var attempts: [Int] = []
func fetch(_ id: Int) throws -> String {
    if id < 0 { throw FetchError.forbidden }
    if id > 9 { throw FetchError.notFound(id: id) }
    return "item\(id)"
}
func fetchLogged(_ id: Int) throws -> String {
    do {
        return try fetch(id)
    } catch FetchError.notFound(let missing) {
        attempts.append(missing)
        throw FetchError.notFound(id: missing * 10)
    } catch {
        attempts.append(-1)
        throw error
    }
}
for id in [3, 12, -4] {
    do { print(try fetchLogged(id)) } catch { print("outer caught", error) }
}
print(attempts)
