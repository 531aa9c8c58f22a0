// String interpolation of Any values and of conditional casts.
let record: [String: Any] = ["id": 7, "ratio": 0.5, "tag": "main", "ok": false]
for k in record.keys.sorted() {
    let v = record[k]!
    print("\(k)=\(v) int? \(v as? Int as Any) string? \(String(describing: v as? String))")
}
let boxed: Any = 3
let text = "boxed: \(boxed), doubled: \((boxed as! Int) * 2)"
print(text)
let opt: Any? = nil
print("missing: \(opt as Any)", "count: \(record.count)")
