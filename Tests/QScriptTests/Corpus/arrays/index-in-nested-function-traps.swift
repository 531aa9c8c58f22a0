// The trap is reported inside the nested function where the bad index is used.
func neighbourSums(_ v: [Int]) -> [Int] {
    func at(_ i: Int) -> Int {
        return v[i] // traps here
    }
    var out: [Int] = []
    for i in 0..<v.count {
        out.append(at(i) + at(i + 1))
    }
    return out
}
print("starting")
print(neighbourSums([1, 2, 3]))
