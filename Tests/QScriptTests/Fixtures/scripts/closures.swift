func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let c = makeCounter()
_ = c()
print(c(), c())                          // expect: 2 3
var fs: [() -> Int] = []
for i in 0..<3 { fs.append { i * 10 } }
print(fs.map { $0() })                   // expect: [0, 10, 20]
var shared = 1
let addShared = { (x: Int) -> Int in x + shared }
shared = 100
print(addShared(1))                      // expect: 101
func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
print(apply({ $0 * 3 }, to: 4))          // expect: 12
print([3, 1, 2].sorted { $0 > $1 }, [1, 2, 3].contains { $0 > 2 }) // expect: [3, 2, 1] true
