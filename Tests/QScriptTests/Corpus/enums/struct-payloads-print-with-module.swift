// A struct inside an enum payload prints with the module name; the enum too, inside a struct.
struct Vec { var x: Int; var y: Int }
enum Move { case to(Vec), by(dx: Int, dy: Int), stay }
struct Step { var move: Move; var cost: Int }
let moves: [Move] = [.to(Vec(x: 1, y: 2)), .by(dx: -1, dy: 0), .stay]
for m in moves { print(m) }
print(moves)
let s = Step(move: .to(Vec(x: 0, y: 5)), cost: 3)
print(s)
print([s])
var pos = Vec(x: 0, y: 0)
for m in moves {
    switch m {
    case .to(let v): pos = v
    case let .by(dx, dy): pos.x += dx; pos.y += dy
    case .stay: break
    }
    print(pos)
}
