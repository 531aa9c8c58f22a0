// `reduce` from an empty array literal: Swift infers the accumulator from the closure.
let nested = [[1], [2, 3], []]
print(nested.reduce([], +))
let doubled = [1, 2, 3].reduce([]) { $0 + [$1 * 2] }
print(doubled)
let words = [["a", "b"], ["c"]].reduce([]) { $0 + $1 }
print(words, words.count)
