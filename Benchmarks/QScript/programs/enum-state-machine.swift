// An enum/switch state machine: 1,000,000 steps of a four-state tokenizer over a
// pseudo-random input stream, counting the tokens it recognises.
enum State { case idle, number, word, symbol }
enum Input { case digit, letter, space, other }
var seed = 12345
var state = State.idle
var numbers = 0, words = 0, symbols = 0
for _ in 0..<1_000_000 {
    seed = (seed &* 1103515245 &+ 12345) & 0x7fffffff
    let input: Input
    switch seed % 7 {
    case 0, 1: input = .digit
    case 2, 3, 4: input = .letter
    case 5: input = .space
    default: input = .other
    }
    switch input {
    case .digit:
        if state != .number && state != .word { state = .number; numbers += 1 }
    case .letter:
        if state != .word { state = .word; words += 1 }
    case .space:
        state = .idle
    case .other:
        state = .symbol
        symbols += 1
    }
}
print(numbers, words, symbols, state)
