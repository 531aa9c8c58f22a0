// Declaring CustomStringConvertible needs a 'description' property.
struct Label: CustomStringConvertible { // error here
    var text: String
}
print(Label(text: "a"))
