// Arrays, integers and text.
print(expect([0.5, 0.5], equals: [0.5, 0.5]))
print(expect([0.0, 1.0], equals: [1.0, 0.0]))
print(expect(3, equals: 3))
print(expect(4, equals: 3, hint: "count again"))
print(expect("Bell", equals: "Bell"))
print(expect("bell", equals: "Bell"))
