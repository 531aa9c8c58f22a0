// Functions without a return type, leaving early with a bare return.
func report(_ values: [Int]) {
    if values.isEmpty {
        print("nothing to report")
        return
    }
    print("\(values.count) values, first \(values[0])")
}
report([])
report([5, 6, 7])
func countdown(from n: Int) -> Void {
    var k = n
    while true {
        print(k, terminator: " ")
        if k == 0 { print(); return }
        k -= 1
    }
}
countdown(from: 3)
