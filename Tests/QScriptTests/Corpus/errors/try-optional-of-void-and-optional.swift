// try? on a Void call gives ()?, compared with nil; on an optional result it stays one
// optional (Swift 5).
enum E: Error { case bad }
func act(_ ok: Bool) throws { if !ok { throw E.bad } }
func find(_ k: Int) throws -> Int? {
    if k < 0 { throw E.bad }
    return k == 0 ? nil : k
}
print((try? act(true)) == nil, (try? act(false)) == nil)
if (try? act(true)) != nil { print("acted") }
try? act(false)
print([try? find(1)], [try? find(0)], [try? find(-1)])
