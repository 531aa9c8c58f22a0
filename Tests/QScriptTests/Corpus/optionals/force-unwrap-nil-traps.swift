// Force-unwrapping a failed conversion traps.
let inputs = ["12", "7", "seven", "3"]
var sum = 0
for text in inputs {
    let n = Int(text)! // traps here
    sum += n
    print("running sum", sum)
}
