// Swift has no truthiness: an Int is not a condition.
let flags = 3
print(flags)
if flags & 1 { // error here
    print("odd")
}
