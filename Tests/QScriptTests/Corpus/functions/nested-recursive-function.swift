// A nested function may call itself.
func binaryStrings(length: Int) -> [String] {
    var result: [String] = []
    func build(_ prefix: String) {
        if prefix.count == length {
            result.append(prefix)
            return
        }
        build(prefix + "0")
        build(prefix + "1")
    }
    build("")
    return result
}
print(binaryStrings(length: 2))
print(binaryStrings(length: 3).joined(separator: " "))
