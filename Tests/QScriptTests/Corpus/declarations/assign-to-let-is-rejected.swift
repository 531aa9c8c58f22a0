// A let constant cannot be assigned after initialisation.
let shots = 1024
print(shots)
var seen = 0
seen += 1
shots = 2048 // error here
print(seen)
