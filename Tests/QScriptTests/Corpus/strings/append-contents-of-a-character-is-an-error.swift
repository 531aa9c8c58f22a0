// A Character is not a sequence: append(contentsOf:) does not take one.
var s = "a"
let ch: Character = "c"
s.append(ch)
print(s)
s.append(contentsOf: ch) // error here
