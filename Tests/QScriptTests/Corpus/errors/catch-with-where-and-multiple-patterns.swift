// Several patterns in one catch clause, and where conditions.
enum IOError: Error { case missing(String), denied(String), corrupt(line: Int) }
func load(_ name: String) throws -> String {
    switch name {
    case "a": throw IOError.missing(name)
    case "b": throw IOError.denied(name)
    case "c": throw IOError.corrupt(line: 7)
    case "d": throw IOError.corrupt(line: 0)
    default: return "contents of \(name)"
    }
}
for n in ["a", "b", "c", "d", "e"] {
    do {
        print(try load(n))
    } catch IOError.missing(let f), IOError.denied(let f) {
        print("cannot open", f)
    } catch IOError.corrupt(let line) where line > 0 {
        print("corrupt at line", line)
    } catch {
        print("other:", error)
    }
}
