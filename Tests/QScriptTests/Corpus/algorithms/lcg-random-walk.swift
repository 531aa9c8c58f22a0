// A random walk driven by a linear congruential generator: positions, extremes, returns.
var state = 2024
func nextRandom() -> Int {
    state = (state &* 6364136223846793005 &+ 1442695040888963407) & Int.max
    return state >> 33
}
var position = 0
var maxPos = 0, minPos = 0, returns = 0
var path: [Int] = []
for step in 1...60 {
    position += nextRandom() % 2 == 0 ? 1 : -1
    maxPos = max(maxPos, position)
    minPos = min(minPos, position)
    if position == 0 { returns += 1 }
    if step % 10 == 0 { path.append(position) }
}
print(path)
print("max", maxPos, "min", minPos, "returns", returns)
