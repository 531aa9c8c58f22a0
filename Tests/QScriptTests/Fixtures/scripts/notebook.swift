var total = 1
let label = "start"
total + 1                // expect value: 2
// --- cell
total += 10
print(total)             // expect: 11
label                    // expect value: start
// --- cell
let label = 42           // a later cell may declare a name again
label * 2                // expect value: 84
// --- cell
var list = [1, 2]
list.append(3)
print(list[5])           // expect error: Index out of range
// --- cell
print(list)              // expect: [1, 2, 3]
print(total)             // expect: 11
// --- cell
var fresh = 1
fresh.undefined()        // expect error: has no member 'undefined'
// --- cell
print(fresh)             // expect error: cannot find 'fresh' in scope
