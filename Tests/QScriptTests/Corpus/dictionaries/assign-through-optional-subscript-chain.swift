// Assigning through d[k]?[k2] changes the inner dictionary; a missing key does nothing.
var d = ["a": ["b": 1]]
d["a"]?["b"] = 2
print(d)
d["z"]?["b"] = 3
print(d.count)
