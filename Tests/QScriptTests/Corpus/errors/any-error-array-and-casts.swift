// Errors of different types collected as 'any Error', then told apart with casts.
enum LexError: Error { case unexpected(Character) }
struct LimitError: Error { let limit: Int }
var errors: [any Error] = []
for c in "ab1c" {
    do {
        if c.isNumber { throw LexError.unexpected(c) }
        if c == "c" { throw LimitError(limit: 3) }
    } catch {
        errors.append(error)
    }
}
print(errors.count)
for e in errors {
    if let l = e as? LexError { print("lex", l) }
    else if let m = e as? LimitError { print("limit", m.limit) }
    print(e is LexError, e is LimitError)
}
