// Functions with the same base name but different labels are different functions.
func area(radius r: Double) -> Double { Double.pi * r * r }
func area(width: Double, height: Double) -> Double { width * height }
func area(side: Double) -> Double { side * side }
print(area(radius: 1))
print(area(width: 2, height: 3.5))
print(area(side: 1.5))
