n = 100
a = [[0.0] * n for _ in range(n)]
b = [[0.0] * n for _ in range(n)]
for i in range(n):
    for j in range(n):
        a[i][j] = float(i + j) / float(n)
        b[i][j] = float(i - j) / float(n)
c = [[0.0] * n for _ in range(n)]
for i in range(n):
    for j in range(n):
        s = 0.0
        for k in range(n):
            s += a[i][k] * b[k][j]
        c[i][j] = s
print(c[10][20], c[99][0])
