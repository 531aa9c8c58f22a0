// Assigning a string copies it.
var original = "alpha"
var copy = original
copy += "-beta"
print(original, copy)
var names = ["x"]
var first = names[0]
first += "y"
print(names, first)
func shout(_ s: String) -> String {
    var t = s
    t += "!"
    return t.uppercased()
}
let quiet = "hello"
print(shout(quiet), quiet)
