// split(separator:) drops empty pieces by default.
let line = "H 0;CNOT 0 1;;MEASURE 1;"
let instructions = line.split(separator: ";")
print(instructions.count)
for ins in instructions {
    let words = ins.split(separator: " ")
    print(words, words.count)
}
let csv = "50,25,,25"
let numbers = csv.split(separator: ",").map { Int(String($0))! }
print(numbers)
print("   spaced   out  ".split(separator: " "))
