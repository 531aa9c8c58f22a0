// stride(from:to:by:) excludes the end value.
var evens: [Int] = []
for i in stride(from: 0, to: 10, by: 2) {
    evens.append(i)
}
print(evens)
var down: [Int] = []
for i in stride(from: 10, to: 0, by: -3) {
    down.append(i)
}
print(down)
for t in stride(from: 0.0, to: 1.0, by: 0.25) {
    print(t, terminator: " ")
}
print()
