/// The standard library's members that cells may use, in one table: what the checker accepts
/// by name. Each receiver's rows, with their implementations, are in a file of their own
/// (`StandardLibrary+Array.swift`, `+ArrayMutation`, `+String`, `+Dictionary`, `+Numbers`, `+Others`); a row's
/// method is resolved through the table (`Checker+Standard.swift`). The name lists the checker
/// consults (which methods mutate their receiver, which names are methods, which statics a
/// number type has) are derived from it, so they cannot disagree with each other;
/// `StandardLibraryTests` runs every row's example, so every row is implemented. Global
/// functions (`print`, `min`, `zip`, `stride`, ...) are in `Checker+Builtins.swift`.
enum StandardLibrary {
    static let members: [StandardMember] = arrays + arrayMutations + arraySlices + strings + dictionaries + views + numbers + others

    // MARK: - What the checker derives from the table

    /// The methods of a receiver with a given name, in the table's order.
    static func methods(_ receiver: StandardMember.Receiver, _ name: String) -> [StandardMember] {
        methodsByName[MethodKey(receiver: receiver, name: name)] ?? []
    }

    private struct MethodKey: Hashable {
        var receiver: StandardMember.Receiver
        var name: String
    }

    private static let methodsByName: [MethodKey: [StandardMember]] =
        Dictionary(grouping: members.filter(\.isMethod), by: { MethodKey(receiver: $0.receiver, name: $0.name) })

    /// For a method whose last parameter is a labelled closure (`sorted(by:)`, `contains(where:)`),
    /// that label: a trailing closure of a call by that name takes it.
    static let trailingClosureLabels: [String: String] = {
        var labels: [String: String] = [:]
        for member in members where member.isMethod {
            if case .function? = member.signature.params.last, let label = member.signature.labels.last ?? nil {
                labels[member.name] = label
            }
        }
        return labels
    }()

    /// The property of a receiver with a given name (static or not).
    static func property(_ receiver: StandardMember.Receiver, _ name: String, isStatic: Bool) -> StandardMember? {
        propertiesByName[MethodKey(receiver: receiver, name: name)]?.first { $0.isStatic == isStatic }
    }

    private static let propertiesByName: [MethodKey: [StandardMember]] =
        Dictionary(grouping: members.filter(\.isProperty), by: { MethodKey(receiver: $0.receiver, name: $0.name) })

    /// Properties refused by name, with what the diagnostic says.
    static let refusedProperties: [StandardMember.Receiver: [String: String]] = [
        .arraySlice: ["indices": "the 'indices' of an array slice (they are the sliced array's; use 'Array(slice).indices' for 0-based ones)"],
    ]

    /// Methods refused by name, with what the diagnostic says: their results could not be
    /// reproduced (the system generator) or they are not implemented.
    static let refusedMethods: [StandardMember.Receiver: [String: String]] = [
        .array: Dictionary(uniqueKeysWithValues: ["shuffled", "randomElement", "shuffle"].map { name in
            (name, "'\(name)' without a seeded generator (its randomness cannot be reproduced; pass 'using: &generator')")
        }),
        .string: ["padding": "'padding(toLength:withPad:startingAt:)'"],
    ]

    /// Every method's name (for "method 'x' must be called").
    static let methodNames: Set<String> = Set(members.filter { $0.isMethod && !$0.isStatic }.map(\.name))

    /// Names of members that mutate their receiver, on any type.
    static let mutatingNames: Set<String> = Set(members.filter(\.isMutating).map(\.name))

    /// Whether a standard type has a mutating member of this name.
    static func hasMutatingMember(_ receiver: StandardMember.Receiver, _ name: String) -> Bool {
        mutatingByReceiver[receiver]?.contains(name) == true
    }

    private static let mutatingByReceiver: [StandardMember.Receiver: Set<String>] =
        Dictionary(grouping: members.filter(\.isMutating), by: \.receiver).mapValues { Set($0.map(\.name)) }

    /// The static properties of a number type (for the types a literal-like `.max` may take).
    static func staticPropertyNames(_ receiver: StandardMember.Receiver) -> Set<String> {
        Set(members.filter { $0.receiver == receiver && $0.isStatic && $0.isProperty }.map(\.name))
    }
}
