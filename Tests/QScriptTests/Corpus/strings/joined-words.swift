// joined(separator:) over arrays of strings, including empty and single arrays.
let gates = ["H", "S", "T"]
print(gates.joined(separator: " -> "))
print(gates.joined(separator: ""))
print([String]().joined(separator: ","), "|")
print(["solo"].joined(separator: ", "))
let amplitudes = [0.5, -0.5]
print(amplitudes.map { "\($0)" }.joined(separator: ", "))
