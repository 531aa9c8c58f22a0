// A picture size that does not match the distribution.
let bas = Datasets.barsAndStripes(rows: 2, cols: 2)
print(bas.bits)
let f = bitImages(bas, rows: 3, cols: 3) // traps here
print(f.title)
