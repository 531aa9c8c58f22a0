// One try covers a whole expression; operands run left to right until one throws.
enum StepError: Error { case failed(String) }
var calls: [String] = []
func value(_ name: String, _ v: Int, fail: Bool = false) throws -> Int {
    calls.append(name)
    if fail { throw StepError.failed(name) }
    return v
}
let total = try value("a", 1) + value("b", 2) * value("c", 3)
print(total, calls)
calls = []
do {
    let x = try value("d", 4) + value("e", 5, fail: true) + value("f", 6)
    print(x)
} catch {
    print(error, calls)
}
let maybe = try? value("g", 7) - value("h", 8)
print(maybe as Any, (try? value("i", 1, fail: true)) ?? 0)
