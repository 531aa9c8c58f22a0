// Optional(x) wraps a value; it prints as Optional(...) and compares with plain values.
let a = Optional(3)
let b: Int? = nil
print([a, b], a == 3, b == nil)
let names = [Optional("x"), nil, Optional("z")]
print(names.compactMap { $0 }, names.count)
var best = Optional(0.5)
if let v = best, v < 1 { best = Optional(v * 2) }
print(best ?? -1, [best])
