// A generic function used with two types.
func firstOf<T>(_ items: [T]) -> T? {
    return items.first
}
print(firstOf([3, 4]) ?? 0)
