// String(x) for numbers and booleans matches their printed form.
print(String(42), String(-7), String(3.0), String(0.1 + 0.2), String(true))
print(String(1e-05) + "|" + String(1e16) + "|" + String(-0.0))
let s = String(255)
print(s.count, s + s)
let labels = [0.5, 0.25].map { String($0) }
print(labels, labels.joined(separator: " + "))
