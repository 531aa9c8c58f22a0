// Synthesised Comparable: declaration order first, then the payloads.
enum Priority: Comparable { case low, medium(Int), high(Int, String) }
let items: [Priority] = [.high(2, "b"), .low, .medium(5), .high(2, "a"), .medium(1), .high(1, "z"), .low]
print(items.sorted())
print(items.max()!, items.min()!)
print(Priority.low < .medium(0), Priority.medium(9) < .high(0, ""), Priority.high(1, "b") < .high(1, "a"))
print(items.sorted(by: >).first!)
print(items.filter { $0 >= .medium(2) }.count)
