# An enum/match state machine: 1,000,000 steps of a four-state tokenizer over a
# pseudo-random input stream, counting the tokens it recognises.
from enum import Enum

class State(Enum):
    IDLE = 0
    NUMBER = 1
    WORD = 2
    SYMBOL = 3

class Input(Enum):
    DIGIT = 0
    LETTER = 1
    SPACE = 2
    OTHER = 3

seed = 12345
state = State.IDLE
numbers = words = symbols = 0
for _ in range(1_000_000):
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    r = seed % 7
    if r == 0 or r == 1:
        inp = Input.DIGIT
    elif r <= 4:
        inp = Input.LETTER
    elif r == 5:
        inp = Input.SPACE
    else:
        inp = Input.OTHER
    match inp:
        case Input.DIGIT:
            if state is not State.NUMBER and state is not State.WORD:
                state = State.NUMBER
                numbers += 1
        case Input.LETTER:
            if state is not State.WORD:
                state = State.WORD
                words += 1
        case Input.SPACE:
            state = State.IDLE
        case Input.OTHER:
            state = State.SYMBOL
            symbols += 1
print(numbers, words, symbols, str(state.name).lower())
