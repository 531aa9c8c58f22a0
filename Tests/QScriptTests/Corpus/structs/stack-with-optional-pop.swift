// A stack struct: push, pop returning an optional, peek, and bracket matching with it.
struct CharStack {
    var items: [Character] = []
    mutating func push(_ c: Character) { items.append(c) }
    mutating func pop() -> Character? { items.popLast() }
    var top: Character? { items.last }
    var isEmpty: Bool { items.isEmpty }
}
func balanced(_ s: String) -> Bool {
    var st = CharStack()
    let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
    for c in s {
        if "([{".contains(c) { st.push(c) }
        else if let open = pairs[c] {
            if st.pop() != open { return false }
        }
    }
    return st.isEmpty
}
for s in ["(a[b]{c})", "([)]", "((", "", "x}"] { print("\"\(s)\"", balanced(s)) }
var st = CharStack()
st.push("x"); st.push("y")
print(st.pop() as Any, st.top as Any, st.pop() as Any, st.pop() as Any, st)
