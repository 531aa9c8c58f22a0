// A struct cannot contain itself (its size would be infinite).
struct Node {
    var value: Int
    var next: Node? // error here
}
print(Node(value: 1, next: nil).value)
