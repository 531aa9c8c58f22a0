// Exhaustive switch over a tuple of Bools, with no default.
func gate(_ a: Bool, _ b: Bool) -> String {
    switch (a, b) {
    case (false, false): return "00"
    case (false, true): return "01"
    case (true, false): return "10"
    case (true, true): return "11"
    }
}
print(gate(false, false), gate(false, true), gate(true, false), gate(true, true))
let flag = true
switch flag {
case true: print("on")
case false: print("off")
}
