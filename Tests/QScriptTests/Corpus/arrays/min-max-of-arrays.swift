// min() and max() return optionals because the array may be empty.
let energies = [-1.5, 0.25, -3.75, 2.0]
print(energies.min()!, energies.max()!)
let none: [Int] = []
print(none.min() ?? 0, none.max() == nil)
let names = ["delta", "alpha", "charlie"]
print(names.min()!, names.max()!)
if let lowest = energies.min(), let i = energies.firstIndex(of: lowest) {
    print("ground state at index", i)
}
