// Storing a String in a [String: Int] dictionary.
var counts: [String: Int] = ["00": 3]
counts["11"] = 4
print(counts.count)
counts["01"] = "five" // error here
