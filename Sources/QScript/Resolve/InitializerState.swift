/// What an initializer's body has given `self` so far, for Swift's definite-initialization
/// rules: each stored property of a struct separately, or `self` as a whole (an enum, or a
/// struct whose initializer delegates with `self.init(...)`). A part is uninitialized while its
/// identity is in the checker's `uninitialized` set, which branches already keep as Swift does
/// (a part is initialized after a branch only if every branch that falls through initialized it).
final class InitializerState {
    enum Kind {
        /// A struct's initializer that assigns the stored properties.
        case fields
        /// A struct's initializer that calls `self.init(...)`: nothing of `self` may be used
        /// or assigned before it.
        case delegating
        /// An enum's initializer: `self = .case` or `self.init(...)`.
        case whole
    }

    /// A stored property (or, for `.delegating` and `.whole`, `self` itself).
    final class Part {
        let name: String
        let field: Int?
        let isLet: Bool
        let loc: SourceLoc

        init(name: String, field: Int?, isLet: Bool, loc: SourceLoc) {
            self.name = name
            self.field = field
            self.isLet = isLet
            self.loc = loc
        }

        var id: ObjectIdentifier { ObjectIdentifier(self) }

        /// Stands for "may have been assigned" (of a `let`): in the checker's `uninitialized`
        /// set once some path assigned it, so that the union branches take is the right join.
        final class Assigned {}
        let assigned = Assigned()
        var assignedID: ObjectIdentifier { ObjectIdentifier(assigned) }
    }

    let type: DeclaredType
    let kind: Kind
    let parts: [Part]
    let isFailable: Bool
    /// The local `self`, set once the body's scope exists.
    var selfVar: LocalVar?

    init(type: DeclaredType, kind: Kind, parts: [Part], isFailable: Bool) {
        self.type = type
        self.kind = kind
        self.parts = parts
        self.isFailable = isFailable
    }

    func part(field: Int) -> Part? { parts.first { $0.field == field } }

    /// The first part still uninitialized, in declaration order.
    func firstUninitialized(_ uninitialized: Set<ObjectIdentifier>) -> Part? {
        parts.first { uninitialized.contains($0.id) }
    }
}
