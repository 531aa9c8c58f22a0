// % is only for integers in Swift.
let turns = 7.5
print(turns / 2)
let fraction = turns % 1.0 // error here
print(fraction)
