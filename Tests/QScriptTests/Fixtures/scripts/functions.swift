func greet(_ name: String, greeting: String = "Hello") -> String {
    "\(greeting), \(name)"
}
print(greet("Ada"), greet("Bob", greeting: "Hi")) // expect: Hello, Ada Hi, Bob
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print(fib(15))                              // expect: 610
func outer() -> Int {
    func inner(_ x: Int) -> Int { x <= 0 ? 0 : x + inner(x - 1) }
    return inner(4)
}
print(outer())                              // expect: 10
func area(width: Double, height: Double) -> Double { width * height }
func area(side: Double) -> Double { side * side }
print(area(width: 2, height: 3), area(side: 2)) // expect: 6.0 4.0
print(early(3))                             // expect: 9
func early(_ x: Int) -> Int { x * x }
