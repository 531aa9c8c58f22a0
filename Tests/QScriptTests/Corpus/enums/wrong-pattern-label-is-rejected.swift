// A label in a case pattern must be the case's own.
enum Pulse { case gaussian(width: Double) }
let p = Pulse.gaussian(width: 2)
switch p {
case .gaussian(sigma: let s): print(s) // error here
}
