// Closures producing closures (currying).
let adder = { (a: Int) -> (Int) -> Int in
    return { b in a + b }
}
let addTen = adder(10)
print(addTen(5), adder(1)(2))
let power = { (exponent: Int) -> (Double) -> Double in
    return { base in
        var result = 1.0
        for _ in 0..<exponent { result *= base }
        return result
    }
}
let cube = power(3)
print(cube(2), cube(0.5), power(0)(9))
