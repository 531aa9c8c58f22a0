xs = []
for i in range(100_000):
    xs.append(i * 2)
print(len(xs), xs[99_999])
