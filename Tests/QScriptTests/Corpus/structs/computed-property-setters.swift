struct Temperature {
    var celsius: Double

    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }

    var kelvin: Double {
        get {
            print("reading kelvin")
            return celsius + 273.15
        }
        set(k) {
            print("setting kelvin to", k)
            celsius = k - 273.15
        }
    }
}

var t = Temperature(celsius: 100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
t.kelvin = 300
print(t.celsius)
t.kelvin += 10
print(t)
var temps = [Temperature(celsius: 0), Temperature(celsius: 10)]
temps[1].fahrenheit = 212
print(temps.map { $0.celsius })

enum Switch {
    case on, off
    var isOn: Bool {
        get { self == .on }
        set { self = newValue ? .on : .off }
    }
}
var s = Switch.off
s.isOn = true
print(s)
s.isOn.toggle()
print(s)
