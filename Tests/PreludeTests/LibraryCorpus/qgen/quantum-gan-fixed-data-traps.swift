// The data's circuit must be fixed: no parameters.
var data = Circuit(qubits: 2)
data.ry(data.addParameter("a", value: 0.3), 0)
var player = Circuit(qubits: 2)
player.ry(player.addParameter("b"), 1)
print("building")
let gan = QuantumGAN(real: data, generator: player, discriminator: player, output: 1) // traps here
print(gan)
