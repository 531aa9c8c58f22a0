/// A typed SVG tree: elements with attributes in the order given, and text. Serialised by
/// `SVGWriter` with the one escaper of the module, so no string is ever spliced into markup.
public indirect enum SVGNode: Sendable, Hashable {
    case element(String, [Attribute], [SVGNode])
    case text(String)

    public struct Attribute: Sendable, Hashable {
        public let name: String
        public let value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }

        /// A numeric attribute, formatted as every coordinate is (`SVGNumber`).
        public init(_ name: String, _ value: Double) {
            self.init(name, SVGNumber.format(value))
        }
    }

    /// An element; `attributes` as (name, value) pairs keep their order in the output.
    public static func tag(_ name: String, _ attributes: [Attribute] = [], _ children: [SVGNode] = []) -> SVGNode {
        .element(name, attributes, children)
    }
}
