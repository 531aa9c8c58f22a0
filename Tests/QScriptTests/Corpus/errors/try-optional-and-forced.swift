// try? turns an error into nil; try! unwraps a call that does not throw here.
enum ParseError: Error { case empty, notANumber(String) }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let v = Int(s) else { throw ParseError.notANumber(s) }
    return v
}
let inputs = ["12", "", "x7", "-3"]
let values = inputs.map { try? parse($0) }
print(values)
print(values.compactMap { $0 }.reduce(0, +))
print(try! parse("42"))
if let v = try? parse("8") { print("eight", v) }
print((try? parse("no")) ?? -1)
