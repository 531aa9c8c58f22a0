// += appends any sequence of the elements: another array, a slice, a range, a string's characters.
var xs = [1, 2]
xs += [3]
xs += xs[1...]
xs += 10..<13
print(xs)
var cs: [Character] = ["a"]
cs += "bc"
print(cs, cs.count)
var tail: [Int] = []
let source = [5, 6, 7, 8]
tail += source[..<2]
tail += stride(from: 0, to: 6, by: 3)
print(tail)
