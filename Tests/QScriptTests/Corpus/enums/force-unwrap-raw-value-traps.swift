// init?(rawValue:) gives nil for an unknown raw value; unwrapping it traps.
enum Digit: Int { case zero, one, two }
let ds = [0, 2, 1, 5].map { Digit(rawValue: $0) }
print(ds)
let d = Digit(rawValue: 5)! // traps here
print(d)
