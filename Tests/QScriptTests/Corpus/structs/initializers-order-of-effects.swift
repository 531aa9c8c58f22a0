func log(_ s: String, _ v: Int) -> Int {
    print("evaluating", s)
    return v
}

struct Counter {
    var a = 1
    var b: Int
    var c = 3

    init(b: Int, c: Int) {
        print("init body starts", a, c)
        self.b = log("b", b)
        self.c = log("c", c) + self.b
        a += self.c
    }
}

let k = Counter(b: log("argument b", 2), c: log("argument c", 30))
print(k)
var copy = k
copy.a = 0
print(k.a, copy.a)
