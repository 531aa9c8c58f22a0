func table(_ n: Int) -> [Int] {
    print("building table of", n)
    return (0..<n).map { $0 * $0 }
}

struct Squares {
    static let small: [Int] = table(4)
    static let large: [Int] = table(8)
}

print("before any access")
print(Squares.small)
print(Squares.small.count)
print("large is still unbuilt")
print(Squares.large.last!)
