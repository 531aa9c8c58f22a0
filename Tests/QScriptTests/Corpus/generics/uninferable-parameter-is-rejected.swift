// Nothing says what T is.
func empty<T>() -> [T] { [] }
print(empty().count) // error here
