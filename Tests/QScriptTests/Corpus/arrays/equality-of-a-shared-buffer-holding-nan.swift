// Array's == first checks whether both sides share one buffer: then they are equal, even
// holding NaN; separate buffers compare element by element (NaN != NaN).
let a = [Double.nan]
let b = a
print(a == b, a != b)
let c = [Double.nan]
print(a == c)
var d = a
d.append(1)
d.removeLast()
print(a == d)
let nested = [a, a]
let other = [b, c]
print(nested == nested, nested == other)
let empty: [Double] = []
print(empty == [])
