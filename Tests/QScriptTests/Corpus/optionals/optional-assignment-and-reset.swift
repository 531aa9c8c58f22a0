// An optional var can be set, replaced and cleared.
var best: Double? = nil
print(best)
for x in [0.3, 0.9, 0.5] {
    if best == nil || x > best! {
        best = x
    }
}
print(best)
best = nil
print(best ?? -1)
var cache: [String: Int] = ["a": 1, "b": 2]
cache["a"] = nil
print(cache.count, cache["a"], cache["b"])
