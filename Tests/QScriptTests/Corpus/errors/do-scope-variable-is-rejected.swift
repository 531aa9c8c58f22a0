// A constant declared inside do is not visible after the do/catch.
enum LoadError: Error { case missing }
func load() throws -> [Int] { [1, 2, 3] }
do {
    let data = try load()
    print(data.count)
} catch {
    print("failed")
}
print(data) // error here
