// An array of 100,000 small structs, updated in a loop (a particle step), ten times.
struct Particle {
    var x: Double
    var v: Double
    var hits = 0
}
var particles: [Particle] = []
for i in 0..<100_000 {
    particles.append(Particle(x: Double(i % 100), v: Double(i % 7) - 3))
}
for _ in 0..<10 {
    for i in 0..<particles.count {
        particles[i].x += particles[i].v * 0.1
        if particles[i].x < 0 || particles[i].x > 100 {
            particles[i].v = -particles[i].v
            particles[i].hits += 1
        }
    }
}
var hits = 0
for p in particles { hits += p.hits }
print(hits, particles[99_999].x)
