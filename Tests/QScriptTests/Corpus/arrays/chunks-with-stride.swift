// Splitting an array into chunks with stride, and interleaving them back.
let shots = Array(1...11)
let size = 4
let chunks = stride(from: 0, to: shots.count, by: size).map { Array(shots[$0..<min($0 + size, shots.count)]) }
print(chunks)
print(chunks.map { $0.count }, chunks.map { $0.reduce(0, +) })
var interleaved: [Int] = []
for i in 0..<size {
    for c in chunks where i < c.count { interleaved.append(c[i]) }
}
print(interleaved)
let evens = stride(from: 10, through: 0, by: -2).map { $0 }
print(evens, Array(stride(from: 0.0, to: 1.0, by: 0.25)))
