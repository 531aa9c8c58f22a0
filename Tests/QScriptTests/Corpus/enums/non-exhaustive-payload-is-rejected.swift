// Matching one payload value does not cover the case.
enum Reading { case value(Int), missing }
let r = Reading.value(3)
switch r { // error here
case .value(0): print("zero")
case .missing: print("missing")
}
