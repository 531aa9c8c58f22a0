// Expectations print their outcome when no exercise check collects them.
print(expect(1 + 1 == 2, "one and one"))
print(expect(false, "never", hint: "this one fails"))
print(expect(0.30000000000000004, equals: 0.3))
print(expect(0.31, equals: 0.3, tolerance: 1e-3))
print(expect(101.0, equals: 100, relativeTolerance: 0.02))
print(expect(-0.5, equals: 0.5, hint: "mind the sign"))
