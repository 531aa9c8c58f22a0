// try? inside closures turns failures into nil; compactMap drops them.
enum NumError: Error { case notANumber(String) }
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw NumError.notANumber(s) }
    return n
}
let inputs = ["12", "x", "-3", "", "40"]
let parsed = inputs.map { try? parse($0) }
print(parsed)
let good = inputs.compactMap { try? parse($0) }
print(good, good.reduce(0, +))
let firstBad = inputs.first { (try? parse($0)) == nil }
print(firstBad as Any)
let total = (try? parse("7")) ?? 0 + 1
print(total, (try? parse("z")) ?? -1)
if let v = try? parse("99"), v > 50 { print("big", v) }
