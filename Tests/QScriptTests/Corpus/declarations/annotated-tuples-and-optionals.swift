// Tuple and optional annotations, with and without labels.
let point: (Double, Double) = (1, 2.5)
let named: (x: Int, y: Int) = (x: 3, y: -4)
var maybe: Int? = nil
print(point, named)
print(maybe)
maybe = 42
print(maybe)
let word: String? = "hi"
print(word)
let pairs: [(String, Int)] = [("a", 1), ("b", 2)]
print(pairs)
let optionalArray: [Int]? = [1, 2]
print(optionalArray)
let arrayOfOptionals: [Double?] = [1.5, nil]
print(arrayOfOptionals)
