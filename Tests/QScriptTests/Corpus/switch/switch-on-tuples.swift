// Tuple patterns with wildcards, values and ranges.
func locate(_ point: (Int, Int)) -> String {
    switch point {
    case (0, 0):
        return "origin"
    case (_, 0):
        return "on the x axis"
    case (0, _):
        return "on the y axis"
    case (-2...2, -2...2):
        return "near the origin"
    default:
        return "far away"
    }
}
for p in [(0, 0), (3, 0), (0, -1), (1, 2), (5, 5)] {
    print(p, locate(p))
}
