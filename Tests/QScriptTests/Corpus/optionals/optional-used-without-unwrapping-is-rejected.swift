// An optional Int cannot be used in arithmetic until it is unwrapped.
let parsed = Int("41")
print(parsed ?? 0)
let next = parsed + 1 // error here
print(next)
