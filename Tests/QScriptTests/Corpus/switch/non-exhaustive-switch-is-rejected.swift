// A switch over Int needs a default.
func name(_ bit: Int) -> String {
    switch bit { // error here
    case 0: return "zero"
    case 1: return "one"
    }
}
print(name(0))
