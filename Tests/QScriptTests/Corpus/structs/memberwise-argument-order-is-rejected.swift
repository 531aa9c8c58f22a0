// The memberwise initializer's arguments must come in declaration order.
struct Gate2 { var control: Int; var target: Int }
let ok = Gate2(control: 0, target: 1)
print(ok)
let bad = Gate2(target: 1, control: 0) // error here
print(bad)
