// init?(rawValue:) gives an optional case; printed bare, in interpolation and in arrays.
enum Planet: Int { case mercury = 1, venus, earth, mars, jupiter = 7, saturn }
for n in [0, 1, 3, 6, 7, 8, 9] {
    let p = Planet(rawValue: n)
    print(n, p as Any)
}
let found = Planet(rawValue: 4)
print(found!, found!.rawValue, "\(found!)")
print([Planet.earth, .saturn], [Planet(rawValue: 2), Planet(rawValue: 5)])
if let s = Planet(rawValue: 8) { print("found \(s) at \(s.rawValue)") }
let missing = Planet(rawValue: 5)?.rawValue ?? -1
print(missing)
