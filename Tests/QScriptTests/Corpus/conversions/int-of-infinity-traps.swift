// Int(x) of infinity traps.
func bucket(_ x: Double, width: Double) -> Int {
    return Int(x / width) // traps here
}
print(bucket(0.75, width: 0.25))
print(bucket(-1, width: 0.5))
print(bucket(1, width: 0))
