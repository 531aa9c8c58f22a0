// A function cannot change the caller's array; it returns a new one instead.
func normalised(_ v: [Double]) -> [Double] {
    var total = 0.0
    for x in v { total += x }
    var out = v
    for i in out.indices { out[i] /= total }
    return out
}
let weights = [1.0, 3.0]
let probs = normalised(weights)
print(weights, probs)
func appendingZero(_ v: [Int]) -> [Int] {
    var w = v
    w.append(0)
    return w
}
let base = [7]
print(appendingZero(appendingZero(base)), base)
