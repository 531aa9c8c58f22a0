// guard case and if case pull payloads out, with early exits.
enum Packet { case data(id: Int, bytes: [Int]), ack(Int), noise }
func checksum(_ p: Packet) -> Int? {
    guard case let .data(id, bytes) = p, !bytes.isEmpty else { return nil }
    return (id + bytes.reduce(0, +)) % 256
}
let packets: [Packet] = [.data(id: 1, bytes: [10, 20, 250]), .ack(1), .data(id: 2, bytes: []), .noise]
for p in packets {
    if let c = checksum(p) { print("checksum", c) }
    else if case .ack(let n) = p { print("ack", n) }
    else { print("skip", p) }
}
