// The key of d[k, default: x] is evaluated before the right side; the default value is
// evaluated only when the key is missing (it is an autoclosure).
var log: [String] = []
func k(_ s: String) -> String { log.append("k:" + s); return s }
func v(_ n: Int) -> Int { log.append("v\(n)"); return n }
var d: [String: Int] = [:]
d[k("x"), default: v(0)] += v(2)
d[k("x"), default: v(9)] += v(3)
d[k("y")] = v(4)
print(log)
print(d.keys.sorted().map { "\($0)=\(d[$0]!)" })
