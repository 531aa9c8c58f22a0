// Errors print as their values: bare, interpolated, in arrays, through 'any Error'.
enum MathError: Error { case divisionByZero, negativeRoot(Double), overflow(op: String, lhs: Int) }
func divide(_ a: Int, _ b: Int) throws -> Int {
    if b == 0 { throw MathError.divisionByZero }
    return a / b
}
func root(_ x: Double) throws -> Double {
    if x < 0 { throw MathError.negativeRoot(x) }
    return x.squareRoot()
}
var caught: [MathError] = []
do { _ = try divide(1, 0) } catch let e as MathError { caught.append(e) } catch { print("other") }
do { _ = try root(-2.25) } catch let e as MathError { caught.append(e) } catch { print("other") }
caught.append(.overflow(op: "*", lhs: 7))
print(caught)
for e in caught { print("error: \(e)") }
do { print(try root(6.25)); _ = try divide(3, 0) } catch { print("caught \(error)", error) }
