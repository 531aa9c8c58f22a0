import Foundation
// A multiplication table aligned with %3d.
for i in 1...5 {
    var row = ""
    for j in 1...5 {
        row += String(format: "%3d", i * j)
    }
    print(row)
}
