// A dictionary literal with a repeated key compiles but traps when it is built.
print("building tables")
let good = ["H": 1, "X": 1]
print(good.count)
var extra = "X"
let bad = ["H": 1, extra: 1, "X": 2] // traps here
print(bad.count)
