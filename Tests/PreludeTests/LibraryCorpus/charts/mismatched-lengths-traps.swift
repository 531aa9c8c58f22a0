// x and y of different lengths.
print("plotting")
let f = plot(x: [1, 2, 3], y: [1, 2]) // traps here
print(f.title)
