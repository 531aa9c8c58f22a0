// Building strings with + and +=.
var s = "q"
s += "u"
s = s + "bit"
print(s)
let parts = ["a", "b", "c"]
var acc = ""
for p in parts {
    acc += p + "-"
}
print(acc)
let full = "Hello" + ", " + "world" + "!"
print(full, full.count)
var ket = "|"
for bit in [1, 0, 1] {
    ket += String(bit)
}
ket += ">"
print(ket)
