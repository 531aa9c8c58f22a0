// Reading and writing elements by index, including nested arrays.
var state = [1.0, 0.0, 0.0, 0.0]
state[3] = state[0]
state[0] = 0
print(state)
var board = [[0, 0, 0], [0, 0, 0]]
board[1][2] = 5
board[0][0] += 1
print(board)
print(board[1][2] * 2, board[0])
var row = board[1]
row[0] = 9
print(row, board[1])
