// A 'let' property cannot be assigned, even in a 'var' value.
struct Tag {
    let id: Int
    var name: String
}
var t = Tag(id: 1, name: "a")
t.name = "b"
t.id = 2 // error here
print(t)
