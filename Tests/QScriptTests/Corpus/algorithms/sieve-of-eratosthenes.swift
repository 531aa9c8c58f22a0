// Primes below 100 with a boolean sieve.
let limit = 100
var isPrime = Array(repeating: true, count: limit)
isPrime[0] = false
isPrime[1] = false
var p = 2
while p * p < limit {
    if isPrime[p] {
        for multiple in stride(from: p * p, to: limit, by: p) {
            isPrime[multiple] = false
        }
    }
    p += 1
}
var primes: [Int] = []
for (n, prime) in isPrime.enumerated() where prime {
    primes.append(n)
}
print(primes)
print("count:", primes.count, "largest:", primes.last!)
