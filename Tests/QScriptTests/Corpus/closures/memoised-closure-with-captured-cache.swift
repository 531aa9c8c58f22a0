// A closure capturing a dictionary cache; counting how often the slow path runs.
var cache: [Int: Int] = [:]
var misses = 0
let collatzLength: (Int) -> Int = { start in
    if let known = cache[start] { return known }
    misses += 1
    var n = start, steps = 0
    while n != 1 { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps += 1 }
    cache[start] = steps
    return steps
}
for n in [27, 9, 27, 97, 9, 1] { print(n, collatzLength(n)) }
print("misses", misses, "cached", cache.count)
let longest = (1...30).max { collatzLength($0) < collatzLength($1) }!
print("longest below 31:", longest, collatzLength(longest), "misses", misses)
