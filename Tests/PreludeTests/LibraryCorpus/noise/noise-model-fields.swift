// A noise model's fields can be read and changed.
var model = NoiseModel()
print(model.afterSingleQubitGates.count, model.afterMultiQubitGates.count, model.readout == nil)
model.afterSingleQubitGates = [.bitFlip(0.1)]
model.afterMultiQubitGates = [.phaseFlip(0.2), .depolarizing(0.1)]
model.readout = ReadoutError(p01: 0.05, p10: 0.1)
print(model.afterSingleQubitGates.count, model.afterMultiQubitGates.count, model.readout!.p01, model.readout!.p10)
