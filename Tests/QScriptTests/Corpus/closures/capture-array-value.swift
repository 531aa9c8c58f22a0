// Capturing an array variable captures the variable, so appends after capture are visible.
var items = [1, 2]
let countItems = { items.count }
let snapshot = items
items.append(3)
print(countItems(), snapshot.count)
let sumItems = { () -> Int in
    var s = 0
    for x in items { s += x }
    return s
}
items[0] = 100
print(sumItems())
print(snapshot)
