// Strings compare lexicographically by Unicode scalar order: upper case before lower case.
print("apple" < "banana", "Zebra" < "apple", "a" < "ab", "" < "a")
let names = ["bob", "Alice", "carol", "Dave", "alice"]
print(names.sorted())
print(names.sorted { $0.lowercased() < $1.lowercased() })
print("abc" == "abc", "abc" != "ABC")
print(names.sorted(by: { $0.count < $1.count }))
