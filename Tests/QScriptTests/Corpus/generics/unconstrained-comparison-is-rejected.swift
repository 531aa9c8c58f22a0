// Without a Comparable constraint, '<' is not available on T.
func smaller<T>(_ a: T, _ b: T) -> T {
    return a < b ? a : b // error here
}
print(smaller(1, 2))
