// first is nil for an empty array.
var readings = [4.5, 2.25]
print(readings.first!)
readings = readings.filter { $0 > 10 }
print("filtered:", readings)
let firstReading = readings.first! // traps here
print(firstReading)
