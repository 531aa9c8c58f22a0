// Reading one element past the end traps.
let amplitudes = [0.5, 0.5, 0.5, 0.5]
var i = 0
while i <= amplitudes.count {
    let a = amplitudes[i] // traps here
    print(i, a)
    i += 1
}
