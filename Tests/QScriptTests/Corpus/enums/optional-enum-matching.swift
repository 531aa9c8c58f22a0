// An optional enum: chaining, case patterns through the optional, nil.
enum Phase: String { case idle, running, done }
var current: Phase? = nil
func report(_ p: Phase?) -> String {
    switch p {
    case .idle?: return "waiting"
    case .running: return "busy"
    case .some(.done): return "finished"
    case nil: return "unknown"
    }
}
print(report(current), current?.rawValue as Any)
current = .running
print(report(current), current?.rawValue.count as Any)
if case .running? = current { print("matched running") }
current = .done
print(report(current), current == .done, current != .idle)
let phases: [Phase?] = [.idle, nil, .done]
print(phases)
print(phases.compactMap { $0 })
