// Parameters are affine handles: scale * theta[index] + offset.
let p = Parameter(index: 2, scale: 1, offset: 0)
let q = 3 * p + 0.5
print(p.index, q.scale, q.offset)
print((p * 2).scale, (p / 4).scale, (p - 1).offset, (1.5 + p).offset, (-p).scale)
var r = Parameter(index: 0)
r.scale = -2
r.offset = 0.25
print(r.scale, r.offset)
