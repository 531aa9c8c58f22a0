// Converting a value that does not fit traps.
let readings: [Int] = [12, 200, 300]
for r in readings {
    let small = UInt8(r) // traps here
    print(small)
}
