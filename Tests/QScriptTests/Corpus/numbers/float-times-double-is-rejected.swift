// Float and Double do not mix without a conversion.
let f: Float = 1.5
let d = 2.0
print(f * d) // error here
