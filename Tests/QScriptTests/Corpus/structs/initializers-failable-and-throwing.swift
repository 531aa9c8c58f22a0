enum ParseError: Error {
    case empty
    case badNumber(String)
}

struct Angle {
    var radians: Double

    init(radians: Double) { self.radians = radians }

    init?(degreesText: String) {
        guard let d = Double(degreesText) else { return nil }
        radians = d * Double.pi / 180
    }

    init(parsing text: String) throws {
        if text.isEmpty { throw ParseError.empty }
        guard let r = Double(text) else { throw ParseError.badNumber(text) }
        self.init(radians: r)
    }
}

print(Angle(degreesText: "90") as Any)
print(Angle(degreesText: "ninety") as Any)
if let a = Angle(degreesText: "180") { print(a.radians) }
do {
    let a = try Angle(parsing: "1.5")
    print(a)
    _ = try Angle(parsing: "x")
} catch ParseError.badNumber(let s) {
    print("bad number:", s)
} catch {
    print("other:", error)
}
print((try? Angle(parsing: "")) as Any)
