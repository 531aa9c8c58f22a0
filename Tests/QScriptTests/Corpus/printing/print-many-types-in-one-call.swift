// Mixing types in one print call.
let n = 3
let x = 0.1 + 0.2
let flag = n > 2
let name = "spin"
let v = [1, 2]
let t = (a: 1, b: "two")
let o: Int? = nil
print(n, x, flag, name, v, t, o)
print(n, x, separator: "|")
print(-0.0, 1e-05, 1e16, 1e15)
