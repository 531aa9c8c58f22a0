// A struct that is not Comparable cannot be passed where T: Comparable is required.
struct Box { var v: Int }
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(largest([Box(v: 1)]) == nil) // error here
