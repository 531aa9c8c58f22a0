// An index read out of an associated array traps on that line.
enum Register { case bits([Int]) }
let r = Register.bits([1, 0, 1])
if case .bits(let b) = r {
    print(b[2])
    print(b[3]) // traps here
}
