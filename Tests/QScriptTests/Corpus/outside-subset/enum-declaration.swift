// enum is outside the cell language.
enum Basis {
    case zero, one
}
let b = Basis.one
print(b == .one)
