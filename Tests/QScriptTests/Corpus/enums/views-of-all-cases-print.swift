// reversed() and enumerated() of allCases print as Swift's views; Array(...) as arrays.
enum Qubit: Character, CaseIterable { case a = "a", b = "b", c = "c" }
print(Qubit.allCases.reversed())
print(Array(Qubit.allCases.reversed()))
print(Qubit.allCases.enumerated().map { "\($0.offset):\($0.element.rawValue)" })
for (i, q) in Qubit.allCases.enumerated().reversed() { print(i, q) }
print(zip(Qubit.allCases, [1, 2]).map { "\($0)\($1)" })
print(Qubit.allCases.first!, Qubit.allCases.last!, Qubit.allCases.contains(.b))
