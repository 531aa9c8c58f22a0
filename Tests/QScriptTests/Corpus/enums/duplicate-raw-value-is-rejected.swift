// Two cases may not share a raw value.
enum Qubit: Int {
    case first = 0
    case second = 0 // error here
}
print(Qubit.first)
