// Computed properties build other structs; methods chain on them.
struct Pt { var x: Double; var y: Double
    func distance(to o: Pt) -> Double { ((x - o.x) * (x - o.x) + (y - o.y) * (y - o.y)).squareRoot() }
}
struct Box {
    var origin: Pt
    var width: Double
    var height: Double
    var center: Pt { Pt(x: origin.x + width / 2, y: origin.y + height / 2) }
    var corner: Pt { Pt(x: origin.x + width, y: origin.y + height) }
    var area: Double { width * height }
    func contains(_ p: Pt) -> Bool {
        p.x >= origin.x && p.x <= corner.x && p.y >= origin.y && p.y <= corner.y
    }
}
let box = Box(origin: Pt(x: 1, y: 1), width: 6, height: 8)
print(box.center, box.corner, box.area)
print(box.origin.distance(to: box.corner), box.center.distance(to: box.origin))
for p in [Pt(x: 0, y: 0), Pt(x: 4, y: 5), Pt(x: 7, y: 9)] { print(p, box.contains(p)) }
