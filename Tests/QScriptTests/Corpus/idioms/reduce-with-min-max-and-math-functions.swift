import Foundation
let xs = [3.5, -1.0, 7.25, 2.0]
print(xs.reduce(xs[0], max), xs.reduce(xs[0], min))
print([1, 4, 9].map(Double.init).map(sqrt))
print([3, -5, 2].map(abs), [2.0, 3.0].map(exp).map(log))
let pairs = zip([2.0, 3.0], [3.0, 2.0]).map(pow)
print(pairs)
