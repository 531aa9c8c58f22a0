// Literal spellings: exponents, underscores, upper-case E.
print(1e3, 1E3, 2.5e-3, 6.02e23, 1_000.000_1)
print(0.5e1, 5e0, 1e+2)
let avogadro = 6.022_140_76e23
print(avogadro)
let planck = 6.626_070_15e-34
print(planck)
print(1e308 * 10)
