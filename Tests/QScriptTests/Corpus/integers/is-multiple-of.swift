// isMultiple(of:) including zero and negative cases.
print(12.isMultiple(of: 4), 12.isMultiple(of: 5))
print(0.isMultiple(of: 7), 0.isMultiple(of: 0), 5.isMultiple(of: 0))
print((-9).isMultiple(of: 3), 9.isMultiple(of: -3))
var fizz: [String] = []
for i in 1...15 {
    if i.isMultiple(of: 15) { fizz.append("FizzBuzz") }
    else if i.isMultiple(of: 3) { fizz.append("Fizz") }
    else if i.isMultiple(of: 5) { fizz.append("Buzz") }
    else { fizz.append(String(i)) }
}
print(fizz.joined(separator: " "))
