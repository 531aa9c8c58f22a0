// Converting throwing calls into an outcome enum, then summarising.
enum SolveError: Error { case singular, diverged(iterations: Int) }
enum Outcome { case solved(Double), failed(SolveError) }
func solve(_ a: Double, _ b: Double) throws -> Double {
    if a == 0 { throw SolveError.singular }
    let x = -b / a
    if abs(x) > 100 { throw SolveError.diverged(iterations: Int(abs(x))) }
    return x
}
func attempt(_ a: Double, _ b: Double) -> Outcome {
    do { return .solved(try solve(a, b)) }
    catch let e as SolveError { return .failed(e) }
    catch { return .failed(.singular) }
}
let results = [attempt(2, 4), attempt(0, 1), attempt(0.01, 5), attempt(-4, 1)]
print(results)
let solved = results.filter { if case .solved = $0 { return true }; return false }.count
print("solved \(solved) of \(results.count)")
