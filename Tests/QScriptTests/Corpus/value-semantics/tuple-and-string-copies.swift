// Tuples and strings held in variables are independent values.
var p = (x: 1, y: 2)
var q = p
q.x = 10
print(p, q)
var s = "abc"
let t = s
s += "def"
print(s, t)
var pairs = [(1, "one")]
var other = pairs
other[0].1 = "uno"
print(pairs, other)
