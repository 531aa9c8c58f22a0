// Classifying points with a switch over a tuple of ranges, bindings and where.
func region(_ x: Int, _ y: Int) -> String {
    switch (x, y) {
    case (0, 0): return "origin"
    case (_, 0): return "on the x axis"
    case (0, _): return "on the y axis"
    case (-2...2, -2...2): return "near"
    case let (a, b) where a == b: return "diagonal at \(a)"
    case let (a, b) where a == -b: return "anti-diagonal"
    case (3..., _), (..<(-2), _): return "far in x"
    default: return "far in y"
    }
}
for p in [(0, 0), (4, 0), (0, -1), (1, -2), (5, 5), (-4, 4), (7, 1), (-3, 2), (1, 9)] {
    print(p, region(p.0, p.1))
}
