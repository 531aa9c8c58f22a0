// A defer at the top level runs when the whole program ends, after every later statement;
// cells reject it.
defer { print("top") }
print("x")
func g() { print("g") }
g()
