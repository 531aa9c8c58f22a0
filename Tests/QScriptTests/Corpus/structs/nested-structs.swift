// A struct holding structs: nested paths are read, written and printed.
struct Point {
    var x: Int
    var y: Int
}
struct Segment {
    var start: Point
    var end: Point
    var label: String? = nil

    var length2: Int {
        let dx = end.x - start.x, dy = end.y - start.y
        return dx * dx + dy * dy
    }
}
var s = Segment(start: Point(x: 0, y: 0), end: Point(x: 3, y: 4))
print(s)
s.end.x += 1
s.start.y -= 2
s.label = "diagonal"
print(s.length2, s.end, s.label ?? "")
var path = [s, Segment(start: s.end, end: Point(x: 9, y: 9), label: "b")]
path[1].end.y = 0
print(path[1])
print([s.start, s.end])
