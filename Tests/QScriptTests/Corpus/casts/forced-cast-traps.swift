// as! on a value of another type traps.
let values: [Any] = [1, 2, "three"]
var total = 0
for v in values {
    total += v as! Int // traps here
    print(total)
}
