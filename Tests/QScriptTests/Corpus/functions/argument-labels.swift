// External labels differ from the parameter names used inside the body.
func rotate(angle theta: Double, times n: Int) -> Double {
    return theta * Double(n)
}
func greet(person name: String, from town: String) -> String {
    return "Hello \(name) from \(town)!"
}
print(rotate(angle: 0.5, times: 3))
print(greet(person: "Ada", from: "London"))
func distance(from a: Int, to b: Int) -> Int {
    return abs(b - a)
}
print(distance(from: 10, to: 3))
