// Naming a case the enum does not have.
enum Axis { case x, y, z }
let a = Axis.w // error here
print(a)
