// An integer literal that does not fit in Int is rejected.
let largest = 9_223_372_036_854_775_807
print(largest)
let tooLarge = 9_223_372_036_854_775_808 // error here
print(tooLarge)
