// Using a name that was never declared.
let amplitude = 0.5
print(amplitude)
let probability = amplitud * amplitude // error here
print(probability)
