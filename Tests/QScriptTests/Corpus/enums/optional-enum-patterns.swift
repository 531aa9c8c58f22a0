// Case patterns look through optionals; .some and .none match an optional.
enum Color { case red, green, blue }
let picks: [Color?] = [.red, nil, .blue]
for p in picks {
    switch p {
    case .red?: print("red")
    case .some(.green): print("green")
    case .some(let c): print("other", c)
    case .none: print("nothing")
    }
}
let maybe: Int? = 4
if case .some(let v) = maybe { print("value", v) }
let none: Int? = nil
if case .none = none { print("none") }
if case .blue = picks[2] { print("blue through the optional") }
