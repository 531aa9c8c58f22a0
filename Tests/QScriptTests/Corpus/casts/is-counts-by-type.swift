// 'is' tests count the values of each type in an [Any].
let bag: [Any] = [1, "one", 1.0, true, 2, "two", [1, 2], 3.5, false, -7]
var ints = 0, doubles = 0, strings = 0, bools = 0, others = 0
for v in bag {
    if v is Int { ints += 1 }
    else if v is Double { doubles += 1 }
    else if v is String { strings += 1 }
    else if v is Bool { bools += 1 }
    else { others += 1 }
}
print(ints, doubles, strings, bools, others)
print(bag.filter { $0 is Int }.count, bag.contains { $0 is Bool })
print(bag[0] is Double, bag[2] is Int, bag[3] is Int)
