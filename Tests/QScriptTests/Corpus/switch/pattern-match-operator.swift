// The ~= operator tests a value the way a case pattern does.
let score = 87
print(80...89 ~= score, 90...100 ~= score, 0..<10 ~= 10)
print(0.0...1.0 ~= 0.25, 0.0..<1.0 ~= 1.0)
let c: Character = "m"
print("a"..."z" ~= c, "A"..."Z" ~= c)
print(3 ~= 3, "x" ~= "y")
let grades = [95, 72, 88, 40]
print(grades.filter { 80...100 ~= $0 })
