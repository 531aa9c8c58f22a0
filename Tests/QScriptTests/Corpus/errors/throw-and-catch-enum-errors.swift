// A throwing function, caught by case in a do/catch, with a bare catch last.
enum FitError: Error {
    case tooFewPoints(Int)
    case singular
}
func slope(_ xs: [Double], _ ys: [Double]) throws -> Double {
    if xs.count < 2 { throw FitError.tooFewPoints(xs.count) }
    let mx = xs.reduce(0, +) / Double(xs.count)
    let my = ys.reduce(0, +) / Double(ys.count)
    var sxy = 0.0, sxx = 0.0
    for i in xs.indices {
        sxy += (xs[i] - mx) * (ys[i] - my)
        sxx += (xs[i] - mx) * (xs[i] - mx)
    }
    if sxx == 0 { throw FitError.singular }
    return sxy / sxx
}
for (xs, ys) in [([1.0, 2, 3], [2.0, 4, 6]), ([1.0], [1.0]), ([2.0, 2], [1.0, 3])] {
    do {
        let m = try slope(xs, ys)
        print("slope", m)
    } catch FitError.tooFewPoints(let n) {
        print("need two points, got", n)
    } catch {
        print("failed:", error)
    }
}
