// Comparable is synthesised for enums without raw values: case order, then the payload.
enum Priority: Comparable { case low, medium, high }
enum Version: Comparable { case alpha(Int), beta(Int), release }
print(Priority.low < .high, Priority.high <= .medium, [Priority.high, .low, .medium].sorted())
print([Priority.medium, .high, .low].max()!, [Priority.medium, .high].min()!)
let vs: [Version] = [.release, .beta(2), .alpha(3), .beta(1), .alpha(1)]
print(vs.sorted())
print(Version.alpha(9) < .beta(0), Version.beta(2) > .beta(1))
