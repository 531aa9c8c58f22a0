// An inner catch turns a low-level error into a higher-level one for the outer catch.
enum ParseError: Error { case badDigit(Character), empty }
enum ConfigError: Error { case invalid(key: String, cause: ParseError) }
func parseDigits(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    var n = 0
    for c in s {
        guard let d = c.wholeNumberValue else { throw ParseError.badDigit(c) }
        n = n * 10 + d
    }
    return n
}
func setting(_ key: String, _ text: String) throws -> Int {
    do {
        return try parseDigits(text)
    } catch let e as ParseError {
        throw ConfigError.invalid(key: key, cause: e)
    }
}
for (k, v) in [("shots", "1024"), ("seed", "4x2"), ("depth", "")] {
    do {
        print(k, "=", try setting(k, v))
    } catch ConfigError.invalid(let key, .badDigit(let c)) {
        print("bad digit", c, "in", key)
    } catch {
        print("failed:", error)
    }
}
