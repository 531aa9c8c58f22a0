// A dictionary lookup of a missing key is nil; ! on it traps.
let phases = ["S": 90, "T": 45, "Z": 180]
print(phases["S"]!, phases["T"]!)
let gate = "H"
print("looking up", gate)
let degrees = phases[gate]! // traps here
print(degrees)
