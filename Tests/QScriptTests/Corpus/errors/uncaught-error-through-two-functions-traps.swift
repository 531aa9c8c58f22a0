// An error thrown two calls deep and never caught is reported at its throw.
enum SchedError: Error { case overbooked(slot: Int) }
func reserve(_ slot: Int, _ booked: [Int]) throws -> [Int] {
    if booked.contains(slot) { throw SchedError.overbooked(slot: slot) } // traps here
    return booked + [slot]
}
func reserveAll(_ slots: [Int]) throws -> [Int] {
    var booked: [Int] = []
    for s in slots { booked = try reserve(s, booked); print("booked", booked) }
    return booked
}
print(try reserveAll([1, 2]))
print(try reserveAll([3, 4, 3, 5]))
