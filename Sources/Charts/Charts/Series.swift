/// One named sequence of values for a line, scatter or bar chart: y values (at x = 0, 1, 2, …
/// unless x values are given), optionally with an error band from `lower` to `upper`.
public struct Series: Codable, Sendable, Hashable {
    public var name: String
    public var x: [Double]?
    public var y: [Double]
    public var lower: [Double]?
    public var upper: [Double]?

    public init(_ name: String, _ values: [Double]) {
        self.name = name
        y = values
    }

    public init(_ name: String, x: [Double], y: [Double]) {
        self.name = name
        self.x = x
        self.y = y
    }

    /// A series with an error band (e.g. mean ± standard error over seeds).
    public init(_ name: String, x: [Double]? = nil, y: [Double], lower: [Double], upper: [Double]) {
        self.name = name
        self.x = x
        self.y = y
        self.lower = lower
        self.upper = upper
    }

    /// The x values, filled in as 0, 1, 2, … when not given.
    var xs: [Double] { x ?? y.indices.map(Double.init) }

    /// Throws unless the arrays agree in length (and there is something to draw).
    func validate() throws(ChartError) {
        if let x, x.count != y.count { throw .lengthMismatch("series '\(name)': x has \(x.count) values but y has \(y.count)") }
        if let lower, lower.count != y.count { throw .lengthMismatch("series '\(name)': lower has \(lower.count) values but y has \(y.count)") }
        if let upper, upper.count != y.count { throw .lengthMismatch("series '\(name)': upper has \(upper.count) values but y has \(y.count)") }
    }
}

/// What a chart refuses to draw, with a message saying why.
public enum ChartError: Error, Sendable, Equatable, CustomStringConvertible {
    case lengthMismatch(String)
    case empty(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .lengthMismatch(let s), .empty(let s), .invalid(let s): s
        }
    }
}
