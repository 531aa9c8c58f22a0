// A state machine with payloads in both states and events.
enum State { case idle, collecting(Int), vending(change: Int), broken(String) }
enum Input { case coin(Int), select(price: Int), kick, reset }
func next(_ s: State, _ e: Input) -> State {
    switch (s, e) {
    case (.broken, .reset): return .idle
    case (.broken, _): return s
    case (_, .kick): return .broken("kicked")
    case (.idle, .coin(let c)): return .collecting(c)
    case (.collecting(let have), .coin(let c)): return .collecting(have + c)
    case (.collecting(let have), .select(let p)) where have >= p: return .vending(change: have - p)
    case (.vending, _), (_, .reset): return .idle
    default: return s
    }
}
var s = State.idle
let inputs: [Input] = [.coin(5), .coin(10), .select(price: 20), .coin(10), .select(price: 20),
                       .coin(1), .kick, .coin(5), .reset, .select(price: 1)]
for e in inputs {
    s = next(s, e)
    print(e, "->", s)
}
