from functools import reduce
xs = list(range(100_000))
total = reduce(lambda a, b: a + b, filter(lambda x: x % 2 == 0, map(lambda x: x * 3, xs)), 0)
print(total)
