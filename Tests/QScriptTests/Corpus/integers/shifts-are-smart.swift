// Swift's << and >> on Int never trap: over-shifts give 0 (or -1), negative counts reverse.
var one = 1
print(one << 0, one << 10, one << 62, one << 63)
print(one << 64, one << 100)
var big = Int.max
print(big >> 62, big >> 63, big >> 64)
var neg = -16
print(neg >> 2, neg >> 100, neg << 2)
let back = -2
print(256 << back, 1 >> -3)
one = 3
print(one << 62)
