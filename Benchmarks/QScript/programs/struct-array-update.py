# An array of 100,000 small objects, updated in a loop (a particle step), ten times.
class Particle:
    __slots__ = ("x", "v", "hits")

    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.hits = 0

particles = []
for i in range(100_000):
    particles.append(Particle(float(i % 100), float(i % 7) - 3))
for _ in range(10):
    for p in particles:
        p.x += p.v * 0.1
        if p.x < 0 or p.x > 100:
            p.v = -p.v
            p.hits += 1
hits = 0
for p in particles:
    hits += p.hits
print(hits, repr(particles[99_999].x))
