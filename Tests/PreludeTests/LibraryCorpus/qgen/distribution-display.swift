// How distributions print, large and small.
print(Distribution.uniform(qubits: 1))
print(Datasets.barsAndStripes(rows: 2, cols: 2))
print(Distribution.uniform(qubits: 5))
