// A where clause filters the iterations.
var multiples: [Int] = []
for n in 1...30 where n % 7 == 0 {
    multiples.append(n)
}
print(multiples)
let readings = [3.5, -1.0, 8.25, 0.0, -4.5]
for r in readings where r > 0 {
    print("positive", r)
}
let grid = [(0, 0), (0, 1), (1, 0), (1, 1)]
for (a, b) in grid where a != b {
    print(a, b)
}
