// Triple-quoted strings: indentation up to the closing quotes is removed.
let table = """
    qubit | state
    ------+------
      0   | |0>
      1   | |1>
    """
print(table)
let n = 2
let message = """
The register has \(n) qubits
and \(1 << n) amplitudes.
    This line keeps four spaces.
"""
print(message)
let joined = """
one \
two \
three
"""
print(joined)
let withQuotes = """
She said "hi" and left a \\ behind.
"""
print(withQuotes)
