// debugPrint and String(reflecting:) show debug descriptions: strings quoted and escaped.
debugPrint("a", 1, 2.5, [1], "q\n")
debugPrint(Optional(3), "tab\there", separator: " | ")
let c: Character = "x"
debugPrint(c, terminator: "!\n")
print(String(reflecting: "x"), String(reflecting: 3), String(reflecting: [1.0]), String(reflecting: c))
struct P { var name: String }
print(String(reflecting: P(name: "p")), String(describing: P(name: "p")))
