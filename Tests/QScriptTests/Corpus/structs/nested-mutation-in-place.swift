// Mutating deep paths: an array of structs holding arrays of structs.
struct Op { var name: String; var target: Int }
struct Layer { var ops: [Op]; var label: String }
struct Program { var layers: [Layer] }
var prog = Program(layers: [Layer(ops: [Op(name: "h", target: 0)], label: "prep"),
                            Layer(ops: [Op(name: "cx", target: 1), Op(name: "x", target: 0)], label: "body")])
let before = prog
prog.layers[1].ops[0].target = 2
prog.layers[1].ops.append(Op(name: "z", target: 1))
prog.layers[0].label += "!"
prog.layers[1].ops[1].name = prog.layers[1].ops[1].name.uppercased()
for l in prog.layers { print(l.label, l.ops.map { "\($0.name)\($0.target)" }) }
print(before.layers[1].ops.count, prog.layers[1].ops.count)
print(prog.layers[0])
