// Only an enum with a raw type has raw values.
enum Mode {
    case fast = 1 // error here
    case slow
}
print(Mode.fast)
