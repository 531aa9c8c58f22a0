// A switch over Any: bindings with where, several type patterns, and is.
func classify(_ v: Any) -> String {
    switch v {
    case let n as Int where n % 2 == 0: return "even \(n)"
    case let n as Int: return "odd \(n)"
    case let d as Double where d.truncatingRemainder(dividingBy: 1) == 0: return "whole \(d)"
    case let d as Double: return "fraction \(d)"
    case let s as String where s.isEmpty: return "empty string"
    case let s as String: return "string of \(s.count)"
    case is Bool: return "a flag"
    case let c as Character: return "char \(c)"
    default: return "unknown"
    }
}
let vs: [Any] = [4, 7, 2.0, 2.5, "", "qubit", false, Character("q"), [1]]
for v in vs { print(classify(v)) }
