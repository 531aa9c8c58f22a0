total = 0.0
for i in range(1_000_000):
    total += float(i) * 0.5
print(total)
