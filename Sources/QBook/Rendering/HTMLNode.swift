/// HTML as a typed tree. Pages are built from nodes, never by joining strings, so that escaping
/// happens in exactly one place (`HTMLFormatter`).
public indirect enum HTMLNode: Sendable, Hashable {
    /// An element; attributes keep their order so output is byte-for-byte stable.
    case element(String, attributes: [Attribute], children: [HTMLNode])
    /// Text, escaped when written. Everything a cell produced arrives as this.
    case text(String)
    /// Markup that is already HTML: cmark's rendering of the author's Markdown, and SVG that our
    /// own drawing code produced (which escapes its own text). Never text that came from a cell.
    case trusted(String)
    case fragment([HTMLNode])

    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// `tag("p", ["class": "note"], [...])`, with attributes in the order given.
    public static func tag(_ name: String, _ attributes: KeyValuePairs<String, String>,
                           _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes: attributes.map { Attribute($0.key, $0.value) }, children: children)
    }

    public static func tag(_ name: String, _ children: [HTMLNode]) -> HTMLNode {
        .element(name, attributes: [], children: children)
    }

    public static func tag(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) -> HTMLNode {
        tag(name, attributes, [.text(text)])
    }
}
