let maybe: Int? = 3
let none: Int? = nil
print(maybe, none, maybe ?? 0, none ?? -1)  // expect: Optional(3) nil 3 -1
if let m = maybe, m > 2 { print("big", m) } // expect: big 3
if let n = none { print(n) } else { print("no value") } // expect: no value
func half(_ x: Int) -> Int? {
    guard x % 2 == 0 else { return nil }
    return x / 2
}
print(half(4)!, half(3) == nil)             // expect: 2 true
let words: [String]? = ["hi"]
print(words?.count, words?.first?.count)   // expect: Optional(1) Optional(2)
// --- cell
print([1, nil, 3] as [Int?])                // expect: [Optional(1), nil, Optional(3)]
