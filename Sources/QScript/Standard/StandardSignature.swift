/// A standard member's declaration, parsed once from the table's Swift text: its name, kind,
/// generic parameters, labels, parameter types, which parameters have a default, and its result.
/// The grammar is the small part of Swift's the table writes:
/// `[static] [mutating] func name<T, ...>(label: [inout] Type [= default], ...) [-> Type]` and
/// `[static] var name: Type { get }`.
struct StandardSignature: Sendable {
    enum Kind: Sendable { case method, property }

    var kind: Kind
    var name: String
    var isStatic = false
    var isMutating = false
    var generics: [String] = []
    var labels: [String?] = []
    var params: [StandardType] = []
    var hasDefault: [Bool] = []
    var result: StandardType = .concrete(.void)

    /// The type variables a receiver binds, beside a member's own generic parameters.
    static let receiverVariables: Set<String> = ["Element", "Key", "Value", "Self", "Wrapped"]

    /// `name(label:_:)`, as Swift names the member in messages.
    var fullName: String { "\(name)(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")" }

    /// How swiftc names the member in "referencing instance method ... requires": the bare
    /// name when every argument is unlabelled (`'contains'`), else the full name (`'sorted()'`,
    /// `'firstIndex(of:)'`).
    var messageName: String { !labels.isEmpty && labels.allSatisfy { $0 == nil } ? name : fullName }

    init(parsing declaration: String) {
        var p = Parser(Array(declaration))
        var kind = Kind.method
        while true {
            let word = p.word()
            switch word {
            case "static": isStatic = true
            case "mutating": isMutating = true
            case "func": kind = .method
            case "var", "let": kind = .property
            default: preconditionFailure("StandardSignature: unexpected '\(word)' in '\(declaration)'")
            }
            if word == "func" || word == "var" || word == "let" { break }
        }
        self.kind = kind
        name = p.word()
        if kind == .property {
            p.expect(":")
            result = p.type(Self.receiverVariables)
            return
        }
        if p.eat("<") {
            repeat { generics.append(p.word()) } while p.eat(",")
            p.expect(">")
        }
        let variables = Self.receiverVariables.union(generics)
        p.expect("(")
        if !p.eat(")") {
            repeat {
                let label = p.word()
                labels.append(label == "_" ? nil : label)
                p.expect(":")
                params.append(p.type(variables))
                hasDefault.append(p.eat("="))
                if hasDefault.last! { p.skipDefault() }
            } while p.eat(",")
            p.expect(")")
        }
        if p.eat("->") { result = p.type(variables) }
    }

    /// A hand-written recursive-descent reader of the declaration's characters.
    private struct Parser {
        var chars: [Character]
        var i = 0

        init(_ chars: [Character]) { self.chars = chars }

        mutating func skipSpaces() { while i < chars.count, chars[i] == " " { i += 1 } }

        mutating func word() -> String {
            skipSpaces()
            let start = i
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { i += 1 }
            return String(chars[start..<i])
        }

        mutating func eat(_ token: String) -> Bool {
            skipSpaces()
            let t = Array(token)
            guard i + t.count <= chars.count, Array(chars[i..<i + t.count]) == t else { return false }
            i += t.count
            return true
        }

        mutating func expect(_ token: String) {
            guard eat(token) else { preconditionFailure("StandardSignature: expected '\(token)' in '\(String(chars))'") }
        }

        /// A default value's text, up to the next `,` or `)` outside brackets.
        mutating func skipDefault() {
            var depth = 0
            while i < chars.count {
                let c = chars[i]
                if depth == 0 && (c == "," || c == ")") { return }
                if c == "(" || c == "[" { depth += 1 }
                if c == ")" || c == "]" { depth -= 1 }
                i += 1
            }
        }

        mutating func type(_ variables: Set<String>) -> StandardType {
            var t: StandardType
            if eat("inout ") { return .inout(type(variables)) }
            if eat("[") {
                let k = type(variables)
                if eat(":") {
                    let v = type(variables)
                    expect("]")
                    t = .dictionary(k, v)
                } else {
                    expect("]")
                    t = .array(k)
                }
            } else if eat("(") {
                var fields: [StandardType.Field] = []
                if !eat(")") {
                    repeat {
                        // `label: Type` or `Type`.
                        let save = i
                        let w = word()
                        var label: String? = nil
                        if !w.isEmpty, eat(":") { label = w } else { i = save }
                        fields.append(.init(label: label, type: type(variables)))
                    } while eat(",")
                    expect(")")
                }
                if eat("->") {
                    t = .function(fields.map(\.type), type(variables))
                } else if fields.count == 1, fields[0].label == nil {
                    t = fields[0].type
                } else {
                    t = fields.isEmpty ? .concrete(.void) : .tuple(fields)
                }
            } else {
                let start = i
                let name = word()
                var text = name
                if eat("<") {
                    var depth = 1
                    while i < chars.count, depth > 0 {
                        if chars[i] == "<" { depth += 1 }
                        if chars[i] == ">" { depth -= 1 }
                        i += 1
                    }
                    text = String(chars[start..<i]).trimmingPrefixSpaces
                }
                while i + 1 < chars.count, chars[i] == ".", chars[i + 1].isLetter {
                    i += 1
                    text += "." + word()
                }
                t = text == name ? Self.named(name, variables) : .opaque(text)
            }
            while eat("?") { t = .optional(t) }
            return t
        }

        static func named(_ name: String, _ variables: Set<String>) -> StandardType {
            if variables.contains(name) { return .variable(name) }
            switch name {
            case "Int": return .concrete(.int)
            case "Double": return .concrete(.double)
            case "Float": return .concrete(.float)
            case "Bool": return .concrete(.bool)
            case "String": return .concrete(.string)
            case "Character": return .concrete(.character)
            case "Void": return .concrete(.void)
            case "Substring": return .concrete(.sequence(.substring, .character))
            default: return .opaque(name)
            }
        }
    }
}

private extension String {
    var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
