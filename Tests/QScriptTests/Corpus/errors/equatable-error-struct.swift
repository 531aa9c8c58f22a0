// An error struct that is also Equatable can be compared after catching.
struct HTTPError: Error, Equatable { var code: Int; var message: String }
let notFound = HTTPError(code: 404, message: "not found")
func get(_ path: String) throws -> String {
    if path.hasPrefix("/missing") { throw notFound }
    if path.isEmpty { throw HTTPError(code: 400, message: "bad request") }
    return "200 " + path
}
for p in ["/index", "/missing/x", ""] {
    do {
        print(try get(p))
    } catch let e as HTTPError where e == notFound {
        print("404 handled", e.message)
    } catch let e as HTTPError {
        print("other", e.code, e == notFound, e)
    } catch {
        print("unknown")
    }
}
