// Escapes inside string literals.
print("tab:\tend")
print("quote: \"quoted\" and backslash: \\")
print("line one\nline two")
print("single 'quotes' need no escape, nor \' this one")
print("unicode: \u{3C8} \u{2192} \u{1F600} \u{41}")
print("ket |\u{3C8}\u{27E9} = (|0\u{27E9} + |1\u{27E9}) / \u{221A}2")
print("nul in the middle: [\0]".count)
