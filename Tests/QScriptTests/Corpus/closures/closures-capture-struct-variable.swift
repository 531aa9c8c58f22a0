// A closure captures a struct variable by reference: later changes are visible, copies are not.
struct Config { var shots: Int; var name: String }
var config = Config(shots: 100, name: "run")
let describe = { "\(config.name): \(config.shots) shots" }
print(describe())
config.shots *= 10
config.name += "-2"
print(describe())
let frozen = config
let describeFrozen = { "\(frozen.name): \(frozen.shots)" }
config.shots = 1
print(describeFrozen(), describe())
var updates: [() -> Void] = [{ config.shots += 5 }, { config.name = "final" }]
for u in updates { u() }
updates.removeAll()
print(config, updates.count)
