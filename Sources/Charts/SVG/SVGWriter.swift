/// Writes an `SVGNode` tree as markup: deterministic (attributes in the order given, fixed
/// number formatting), with every text and attribute value escaped by `escape(_:)`.
public enum SVGWriter {
    public static func write(_ node: SVGNode) -> String {
        var out = ""
        write(node, into: &out, depth: 0)
        return out
    }

    private static func write(_ node: SVGNode, into out: inout String, depth: Int) {
        switch node {
        case .text(let s):
            out += escape(s)
        case .element(let name, let attributes, let children):
            out += "<" + name
            for a in attributes { out += " \(a.name)=\"\(escape(a.value))\"" }
            if children.isEmpty {
                out += "/>"
                return
            }
            out += ">"
            // Elements that hold text stay on one line; containers put each child on its own.
            let inline = children.allSatisfy { if case .text = $0 { true } else { false } } || name == "text" || name == "tspan"
            for child in children {
                if !inline { out += "\n" }
                write(child, into: &out, depth: depth + 1)
            }
            if !inline { out += "\n" }
            out += "</\(name)>"
        }
    }

    /// Escapes the five XML special characters, by Unicode scalar: a "<" followed by a
    /// combining mark is one Character that is not equal to "<", and must still be escaped.
    /// Control characters XML 1.0 forbids become U+FFFD.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// How every number in a figure is written: integers without a point, others with at most two
/// decimals, never "-0", never exponent notation; NaN and infinities (which a chart never
/// draws) as 0, magnitudes past 10^15 clamped.
public enum SVGNumber {
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        // Coordinates beyond ±10^15 mean nothing on a page; clamp rather than overflow an Int.
        if abs(x) >= 1e15 { return x > 0 ? "1000000000000000" : "-1000000000000000" }
        let r = (x * 100).rounded() / 100
        if r == 0 { return "0" }
        if r == r.rounded(), abs(r) < 1e15 { return String(Int(r)) }
        let negative = r < 0
        let cents = Int((abs(r) * 100).rounded())
        let whole = cents / 100, frac = cents % 100
        var digits = frac < 10 ? "0\(frac)" : "\(frac)"
        if digits.hasSuffix("0") { digits.removeLast() }
        return (negative ? "-" : "") + "\(whole).\(digits)"
    }
}
