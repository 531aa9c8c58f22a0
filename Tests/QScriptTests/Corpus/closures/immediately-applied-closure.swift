// Initialising a value by calling a closure on the spot.
let table: [Int] = {
    var rows: [Int] = []
    for i in 1...5 {
        rows.append(i * i)
    }
    return rows
}()
print(table)
let greeting = { (name: String) in "hi \(name)" }("qbook")
print(greeting)
