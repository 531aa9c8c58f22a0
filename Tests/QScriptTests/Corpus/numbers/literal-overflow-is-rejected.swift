// A literal must fit its type.
let ok: Int8 = 127
print(ok)
let bad: Int8 = 128 // error here
print(bad)
