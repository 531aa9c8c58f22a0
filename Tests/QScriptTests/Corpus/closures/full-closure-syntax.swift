// A closure with parameter types and a return type written out.
let square = { (a: Int) -> Int in
    return a * a
}
let combine = { (a: Double, b: Double) -> Double in
    let s = a + b
    return s / 2
}
print(square(9))
print(combine(1, 4))
let values = [3, 1, 2]
let squares = values.map({ (v: Int) -> Int in return v * v })
print(squares)
