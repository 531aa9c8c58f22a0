// A recursive enum must be marked indirect.
enum List { // error here
    case empty
    case node(Int, List)
}
print(List.empty)
