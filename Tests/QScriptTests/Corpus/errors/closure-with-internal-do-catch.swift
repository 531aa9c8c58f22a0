// A closure handles errors itself with a do/catch that catches everything.
enum ConvError: Error { case negative(Int), tooLarge(Int) }
func toBits(_ n: Int) throws -> String {
    if n < 0 { throw ConvError.negative(n) }
    if n > 255 { throw ConvError.tooLarge(n) }
    let s = String(n, radix: 2)
    return String(repeating: "0", count: 8 - s.count) + s
}
var failures = 0
let rendered = [5, -1, 200, 300].map { n -> String in
    do {
        return try toBits(n)
    } catch ConvError.negative {
        failures += 1
        return "negative"
    } catch {
        failures += 1
        return "error: \(error)"
    }
}
print(rendered)
print("failures", failures)
