// protocol and extension are outside the cell language.
protocol Describable {
    func describe() -> String
}
extension Int: Describable {
    func describe() -> String { "int \(self)" }
}
print(5.describe())
