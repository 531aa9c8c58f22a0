struct Counter {
    static var made = 0
    static let start: Int = {
        print("computing start")
        return 10
    }()
    let id: Int
    init() {
        Counter.made += 1
        id = Counter.start + Counter.made
    }
    static func reset() { made = 0 }
}
print("before")
let a = Counter(), b = Counter()
print(a.id, b.id, Counter.made)
Counter.reset()
print(Counter().id)
