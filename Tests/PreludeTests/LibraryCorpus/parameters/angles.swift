// Angles: constants or parameters, evaluated against values.
let a = Angle.constant(0.75)
let b = Angle.parameter(Parameter(index: 1, scale: 2, offset: 0.1))
print(a.value([]), b.value([0.0, 0.5]))
print(a.negated.value([]), b.negated.value([0.0, 0.5]))
print(a.parameter == nil, b.parameter!.index)
