// An error cannot be thrown out of a defer body.
enum CloseError: Error { case failed }
func work() throws -> Int {
    defer {
        throw CloseError.failed // error here
    }
    return 1
}
print(try work())
