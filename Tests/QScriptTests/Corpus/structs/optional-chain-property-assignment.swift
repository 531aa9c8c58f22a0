// Assigning through an optional chain changes the wrapped value; on nil nothing happens.
struct T { var n = 0 }
var t: T? = T()
t?.n = 5
print(t as Any)
var none: T? = nil
none?.n = 7
print(none as Any)
