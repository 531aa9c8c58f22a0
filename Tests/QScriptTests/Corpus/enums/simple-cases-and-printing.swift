// An enum without associated values prints its case name; inside a collection or an
// optional, with its module and type.
enum Direction { case north, south, east, west }
let d = Direction.north
print(d)
print("heading \(d)")
print([d, .south], [Optional(d)], (d, 1))
let all: [Direction] = [.north, .south, .east, .west]
print(all.map { "\($0)" }.joined(separator: "-"))
let e: Direction? = nil
print([e])
