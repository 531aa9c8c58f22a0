// Strings are quoted and escaped when inside collections, but not on their own.
let s = "say \"hi\"\tthen\nleave\\"
print(s)
print([s])
print(["tab\there"], ["uni\u{3C8}"], [""])
let opt: String? = "q\"uote"
print(opt)
print((label: "x\ny", n: 1))
print(["k\"": "v\n"])
