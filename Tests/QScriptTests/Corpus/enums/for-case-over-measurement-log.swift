// for case with bindings and where filters a log of events.
enum Event { case gate(String, Int), measure(qubit: Int, result: Int), barrier }
let log: [Event] = [.gate("h", 0), .gate("cx", 1), .barrier, .measure(qubit: 0, result: 1),
                    .measure(qubit: 1, result: 0), .gate("x", 1), .measure(qubit: 1, result: 1)]
for case let .gate(name, q) in log { print("gate", name, "on", q) }
for case .measure(let q, let r) in log where r == 1 { print("qubit", q, "gave 1") }
var barriers = 0
for case .barrier in log { barriers += 1 }
print("barriers:", barriers)
let ones = log.filter { if case .measure(_, 1) = $0 { return true } else { return false } }
print(ones)
