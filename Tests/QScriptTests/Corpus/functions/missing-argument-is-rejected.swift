// Every parameter without a default needs an argument.
func mix(_ a: Double, _ b: Double, weight: Double) -> Double {
    a * (1 - weight) + b * weight
}
print(mix(0, 10, weight: 0.25))
print(mix(0, weight: 0.25)) // error here
