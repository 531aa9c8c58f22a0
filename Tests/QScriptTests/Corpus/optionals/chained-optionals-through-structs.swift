// Optional chaining through optional struct properties and array lookups.
struct Readout { var counts: [Int]; var label: String? }
struct Device { var name: String; var last: Readout? }
var devices = [Device(name: "a", last: Readout(counts: [5, 3], label: "run1")),
               Device(name: "b", last: nil),
               Device(name: "c", last: Readout(counts: [], label: nil))]
for d in devices {
    let total = d.last?.counts.reduce(0, +)
    let first = d.last?.counts.first
    let label = d.last?.label?.uppercased() ?? "-"
    print(d.name, total as Any, first as Any, label, d.last?.label?.count as Any)
}
devices[1].last = Readout(counts: [1], label: "late")
print(devices.compactMap { $0.last?.label })
print(devices.first { $0.last?.counts.isEmpty == true }?.name as Any)
