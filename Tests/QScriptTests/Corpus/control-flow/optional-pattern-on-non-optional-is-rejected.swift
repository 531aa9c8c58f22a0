// A ? pattern needs an optional value.
let n = 3
if case let m? = n { // error here
    print(m)
}
