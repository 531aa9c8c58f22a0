struct Pair {
    var first: Int
    let second: Int

    init(first: Int) {
        self.first = first
        if first > 0 {
            second = 1
        }
    } // error here
}
print(Pair(first: 1))
