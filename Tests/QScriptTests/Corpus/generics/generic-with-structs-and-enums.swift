// Generic functions over the cell's own Equatable/Comparable types.
enum Level: Comparable { case low, mid, high }
struct Point: Hashable { var x: Int; var y: Int }
func maxOf<T: Comparable>(_ a: T, _ b: T) -> T { a > b ? a : b }
func unique<T: Hashable>(_ xs: [T]) -> [T] {
    var seen: [T: Bool] = [:]
    var out: [T] = []
    for x in xs where seen[x] == nil {
        seen[x] = true
        out.append(x)
    }
    return out
}
print(maxOf(Level.low, .high), maxOf(3, 2))
print(unique([Point(x: 1, y: 1), Point(x: 0, y: 2), Point(x: 1, y: 1)]))
print(unique([3, 1, 3, 2, 1]))
