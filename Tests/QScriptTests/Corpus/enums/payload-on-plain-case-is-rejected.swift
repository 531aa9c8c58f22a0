// A case without associated values cannot be called.
enum Axis { case x, y, z }
let a = Axis.x(1) // error here
print(a)
