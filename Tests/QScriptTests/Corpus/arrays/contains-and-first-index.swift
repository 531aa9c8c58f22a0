// Searching an array.
let outcomes = ["00", "11", "01", "11"]
print(outcomes.contains("11"), outcomes.contains("10"))
print(outcomes.firstIndex(of: "11"), outcomes.firstIndex(of: "10"))
if let i = outcomes.firstIndex(of: "01") {
    print("found at", i)
}
let primes = [2, 3, 5, 7, 11]
print(primes.contains(7), primes.contains(9))
print(primes.filter { $0 > 10 }.isEmpty == false)
