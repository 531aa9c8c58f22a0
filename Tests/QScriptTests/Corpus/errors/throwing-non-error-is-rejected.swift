// Only values of types conforming to Error can be thrown.
struct Reason { var text: String }
func f() throws {
    throw Reason(text: "no") // error here
}
do { try f() } catch { print(error) }
