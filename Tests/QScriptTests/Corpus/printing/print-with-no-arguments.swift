// An empty print writes just the terminator.
print()
print("one")
print()
print()
print("two", terminator: "")
print(terminator: "")
print(terminator: "!\n")
