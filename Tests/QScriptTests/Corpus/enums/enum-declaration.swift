// A plain enum compared with ==.
enum Basis {
    case zero, one
}
let b = Basis.one
print(b == .one)
