// A generic function that calls itself with a larger type (polymorphic recursion): Swift runs it
// generically; the cell language, which compiles a copy per type, refuses it.
func depth<T>(_ x: T, _ n: Int) -> Int {
    if n == 0 { return 0 }
    return 1 + depth([x], n - 1)
}
print(depth(1, 3))
