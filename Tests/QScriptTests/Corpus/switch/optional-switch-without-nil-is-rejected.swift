// Without a nil case (or default) a switch over an optional is not exhaustive.
let x: Int? = 1
switch x { // error here
case let v?: print(v)
}
