// Structs as dictionary values: updates through optional chaining and default subscripts.
struct Tally { var hits = 0; var misses = 0 }
var byName: [String: Tally] = [:]
let events = [("a", true), ("b", false), ("a", true), ("c", true), ("a", false), ("b", false)]
for (name, hit) in events {
    if hit { byName[name, default: Tally()].hits += 1 }
    else { byName[name, default: Tally()].misses += 1 }
}
byName["a"]?.misses += 10
byName["zz"]?.hits += 1
for k in byName.keys.sorted() { print(k, byName[k]!) }
print(byName["zz"] as Any, byName.count)
