// Validating input records with guard inside a loop.
let records = ["alice:90", "bob", "carol:x", "dave:75"]
var total = 0
var valid = 0
for r in records {
    let parts = r.split(separator: ":")
    guard parts.count == 2 else {
        print("malformed:", r)
        continue
    }
    guard let score = Int(String(parts[1])) else {
        print("bad score:", r)
        continue
    }
    total += score
    valid += 1
}
print(valid, total)
