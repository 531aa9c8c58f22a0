var total = 0
for i in stride(from: 0, to: 10, by: 3) { total += i }
print(total)                                // expect: 18
for x in stride(from: 1.0, through: 2.0, by: 0.5) { print(x, terminator: " ") }
print()                                     // expect: 1.0 1.5 2.0 
var n = 0
while n < 5 { n += 2 }
repeat { n -= 1 } while n > 3
print(n)                                    // expect: 3
outer: for i in 0..<3 {
    for j in 0..<3 {
        if j == 2 { continue outer }
        if i == 2 { break outer }
        print(i, j, terminator: ",")
    }
}
print()                                     // expect: 0 0,0 1,1 0,1 1,
func grade(_ s: Int) -> String {
    switch s {
    case 90...100: return "A"
    case 80..<90: return "B"
    case let x where x < 0: return "invalid"
    default: return "C"
    }
}
print(grade(95), grade(85), grade(-1), grade(10)) // expect: A B invalid C
switch (1, "x") {
case (0, _): print("zero")
case (let a, "x"): print("x with", a)       // expect: x with 1
default: print("other")
}
let t = (x: 1.5, y: 2.0)
print(t, t.x, t.1)                          // expect: (x: 1.5, y: 2.0) 1.5 2.0
var (p, q) = (1, 2)
(p, q) = (q, p)
print(p, q, 3 > 2 ? "yes" : "no")           // expect: 2 1 yes
