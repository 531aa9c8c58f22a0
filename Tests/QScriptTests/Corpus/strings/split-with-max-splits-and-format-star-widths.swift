import Foundation
let s = "a,b,,c,d"
print(s.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false))
print(s.split(separator: ",", omittingEmptySubsequences: false))
print(String(format: "%*d|%-*.*f|", 5, 42, 8, 2, 3.14159))
