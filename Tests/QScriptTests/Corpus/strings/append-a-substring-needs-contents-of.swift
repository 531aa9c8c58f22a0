// String has append(_: String), append(_: Character) and append(contentsOf:) for strings and
// substrings: appending a Substring needs 'contentsOf:'.
var s = "a"
let sub = "xyz".dropFirst()
let ch: Character = "c"
s.append(ch)
s.append(contentsOf: sub)
s.append(contentsOf: "q")
print(s)
s.append(sub) // error here
