// An optional chain covers the whole postfix expression after '?': properties and methods of the unwrapped value.
struct Stack {
    var items: [Int] = []
    func top() -> Int? { items.last }
}
let opt: Stack? = Stack(items: [1, 2, 3])
let none: Stack? = nil
print(opt?.items.count ?? 0, none?.items.count ?? -1)
print(opt?.items.contains(2) ?? false, none?.items.contains(2) ?? false)
print(opt?.top() ?? 0, none?.top() ?? 0)
let name: String? = "qubit"
print(name?.uppercased().count ?? 0, name?.uppercased().lowercased() ?? "")
let words: [String]? = ["a", "bb"]
print(words?.map { $0.count }.reduce(0, +) ?? 0)
print(words?.first?.count ?? 0)
let t: (a: [Int], b: Int)? = ([4, 5], 1)
print(t?.a.count ?? 0)
