// The Chow–Liu tree of bars and stripes.
let bas = Datasets.barsAndStripes(rows: 2, cols: 2)
print(ChowLiuTree.edges(of: bas))
print(ChowLiuTree.mutualInformation(bas).map { row in row.map { ($0 * 1e9).rounded() / 1e9 } })
