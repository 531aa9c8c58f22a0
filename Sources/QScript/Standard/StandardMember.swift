/// One member of the standard library as cells reach it: the type it belongs to, its
/// declaration as Swift writes it (`Element`, `Key` and `Value` standing for the receiver's
/// types), whether it needs `import Foundation`, the checker function that implements it, and a
/// cell that uses it (run by `StandardLibraryTests`).
struct StandardMember: Sendable {
    enum Receiver: String, Sendable, CaseIterable {
        /// Arrays, and every sequence a cell iterates (strings, ranges, views) as an array.
        case array = "Array"
        case string = "String"
        case dictionary = "Dictionary"
        case int = "Int"
        case double = "Double"
        /// `Float` and the fixed-width integers.
        case otherNumber = "Float, Int8…UInt64"
        case character = "Character"
        case bool = "Bool"
        case range = "Range"
        case optional = "Optional"
    }

    /// The checker function that type-checks and compiles the member (and its file).
    enum Implementation: String, Sendable {
        case property = "Checker.property (Checker+Members.swift)"
        case doubleProperty = "Checker.doubleProperty (Checker+Members.swift)"
        case characterProperty = "Checker.characterProperty (Checker+Members.swift)"
        case staticMember = "Checker.staticMember (Checker+Members.swift)"
        case arrayMethod = "Checker.arrayMethod (Checker+ArrayMethods.swift)"
        case stringMethod = "Checker.stringMethod (Checker+StringMethods.swift)"
        case dictionaryMethod = "Checker.dictionaryMethod (Checker+StringMethods.swift)"
        case numberMethod = "Checker.intMethod, Checker.doubleMethod (Checker+Methods.swift)"
        case otherNumber = "Checker.otherNumberProperty, otherNumberStatic, floatMethod (Checker+Numbers.swift)"
        case mutatingMethod = "Checker.mutatingMethod (Checker+MutatingMethods.swift)"
        case optionalMethod = "Checker.method (Checker+Methods.swift)"
        case random = "Checker.staticRandom, arrayRandom (Checker+Random.swift)"
    }

    let receiver: Receiver
    let declaration: String
    let implementation: Implementation
    let example: String
    var needsFoundation = false

    init(_ receiver: Receiver, _ declaration: String, _ implementation: Implementation, example: String, foundation: Bool = false) {
        self.receiver = receiver
        self.declaration = declaration
        self.implementation = implementation
        self.example = example
        self.needsFoundation = foundation
    }

    var isStatic: Bool { declaration.hasPrefix("static ") }
    var isMutating: Bool { declaration.hasPrefix("mutating ") }
    var isProperty: Bool { declaration.contains("var ") || declaration.contains("let ") }
    var isMethod: Bool { declaration.contains("func ") }

    /// The member's name: the identifier after `func`, `var` or `let`.
    var name: String {
        let words = declaration.split(separator: " ")
        guard let keyword = words.firstIndex(where: { $0 == "func" || $0 == "var" || $0 == "let" }), keyword + 1 < words.count else { return "" }
        return String(words[keyword + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
}
