// An Equatable enum with payloads: ==, contains, firstIndex(of:), removeAll(where:).
enum Instr: Equatable { case push(Int), add, mul, dup, print }
var program: [Instr] = [.push(2), .push(3), .add, .dup, .mul, .print]
print(program.contains(.add), program.contains(.push(4)), program.firstIndex(of: .dup) as Any)
print(Instr.push(1) == .push(1), Instr.push(1) != .push(2), Instr.add == .mul)
var stack: [Int] = []
for i in program {
    switch i {
    case .push(let v): stack.append(v)
    case .add: let b = stack.removeLast(); let a = stack.removeLast(); stack.append(a + b)
    case .mul: let b = stack.removeLast(); let a = stack.removeLast(); stack.append(a * b)
    case .dup: stack.append(stack.last!)
    case .print: print("top:", stack.last!)
    }
}
program.removeAll(where: { $0 == .dup || $0 == .print })
print(program)
