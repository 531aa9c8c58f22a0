s = ""
for i in range(100_000):
    s += str(i % 10)
    if i % 1000 == 999:
        s += "\n"
print(len(s))
