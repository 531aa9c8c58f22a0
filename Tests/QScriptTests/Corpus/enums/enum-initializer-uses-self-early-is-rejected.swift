enum Phase {
    case on, off

    init(flag: Bool) {
        print(self) // error here
        self = flag ? .on : .off
    }
}
print(Phase(flag: true))
