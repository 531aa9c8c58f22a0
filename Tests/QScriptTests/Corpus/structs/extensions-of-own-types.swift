import Foundation

struct Amplitude {
    var re: Double
    var im: Double
}

extension Amplitude: CustomStringConvertible, Equatable {
    init(polar r: Double, phase: Double) {
        self.init(re: r * cos(phase), im: r * sin(phase))
    }

    static let zero = Amplitude(re: 0, im: 0)

    var probability: Double { re * re + im * im }

    func times(_ b: Amplitude) -> Amplitude {
        Amplitude(re: re * b.re - im * b.im, im: re * b.im + im * b.re)
    }

    var description: String { String(format: "%.3f%+.3fi", re, im) }
}

enum Basis { case z, x }

extension Basis: CaseIterable {
    var label: String { self == .z ? "computational" : "Hadamard" }
}

let a = Amplitude(re: 0.6, im: 0.8)
let b = Amplitude(polar: 1, phase: Double.pi / 2)
print(a, b, a.times(b))
print(a.probability, Amplitude.zero == Amplitude(re: 0, im: 0))
print([a, .zero])
print(Basis.allCases.map { $0.label })
