// prefix with a negative length traps.
let data = [1, 2, 3, 4]
var keep = 2
print(data.prefix(keep))
keep -= 3
print("keep:", keep)
print(data.prefix(keep)) // traps here
