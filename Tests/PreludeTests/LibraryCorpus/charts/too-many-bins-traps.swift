// More bins than a histogram allows.
let h = histogram([1.0, 2.0], bins: 3)
print(h.title.isEmpty)
let bad = histogram([1.0, 2.0], bins: 0) // traps here
print(bad.title)
