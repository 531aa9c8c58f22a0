enum ParseError: Error { case empty }
struct Config {
    static let size = 4
    var n: Int
    init(n: Int = Config.size) { self.n = n }
    init?(text: String) {
        guard let v = Int(text) else { return nil }
        self.init(n: v)
    }
    init(strict: String) throws {
        if strict.isEmpty { throw ParseError.empty }
        self.init(n: strict.count)
    }
}
print(Config().n, Config(n: 2).n)
print(Config(text: "7")?.n as Any, Config(text: "x")?.n as Any)
print((try? Config(strict: "abc"))?.n as Any)
let c = try! Config(strict: "") // traps here
print(c)
