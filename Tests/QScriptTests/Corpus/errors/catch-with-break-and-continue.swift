// break and continue inside catch clauses of a loop.
enum StepError: Error { case skip, stop(Int) }
func check(_ x: Int) throws -> Int {
    if x % 3 == 0 { throw StepError.skip }
    if x > 10 { throw StepError.stop(x) }
    return x * x
}
var sum = 0
outer: for x in 1...20 {
    do {
        let y = try check(x)
        sum += y
        print("took", x, y)
    } catch StepError.skip {
        continue
    } catch StepError.stop(let v) {
        print("stopping at", v)
        break outer
    } catch {
        print("impossible")
    }
}
print("sum", sum)
