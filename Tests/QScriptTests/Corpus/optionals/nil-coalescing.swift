// ?? supplies a default; it chains and short-circuits.
let scores = ["ada": 91, "alan": 78]
print(scores["ada"] ?? 0, scores["grace"] ?? 0)
let a: Int? = nil
let b: Int? = nil
let c: Int? = 5
print(a ?? b ?? c ?? -1)
print(Int("12") ?? -1, Int("twelve") ?? -1)
var calls = 0
func fallback() -> Int {
    calls += 1
    return 99
}
print(c ?? fallback(), calls)
print(a ?? fallback(), calls)
let name: String? = nil
print("Hello, " + (name ?? "anonymous"))
