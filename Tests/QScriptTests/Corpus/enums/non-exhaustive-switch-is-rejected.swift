// A switch over an enum that misses a case is rejected.
enum Outcome { case zero, one, erased }
let o = Outcome.one
switch o { // error here
case .zero: print(0)
case .one: print(1)
}
