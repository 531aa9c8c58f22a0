// Generic functions are outside the cell language.
func firstOf<T>(_ items: [T]) -> T? {
    return items.first
}
print(firstOf([3, 4]) ?? 0)
