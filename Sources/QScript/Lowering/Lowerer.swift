@_spi(Compiler) import SwiftParser
import SwiftSyntax

/// Turns folded swift-syntax trees into QScript's tree. Constructs outside the subset become
/// `unsupported` nodes naming the construct; the resolver reports them with their position.
struct Lowerer {
    let lines: LineMap
    var diagnostics: [Diagnostic] = []
    /// Guards against pathological nesting (e.g. a 100,000-term `1+1+...`), which would otherwise
    /// exhaust the native stack in this recursive pass.
    var depth = 0
    static let maxDepth = 400
    /// Extensions read so far, each with the statement standing in for it where it was written.
    var extensions: [(placeholder: Stmt, name: String, loc: SourceLoc, conformances: [(name: String, loc: SourceLoc)], members: TypeMemberDecls)] = []

    init(lines: LineMap) {
        self.lines = lines
    }

    func loc(_ node: some SyntaxProtocol) -> SourceLoc {
        lines.location(of: node)
    }

    mutating func tooDeep(_ node: some SyntaxProtocol) -> Bool {
        if depth > Self.maxDepth {
            let l = loc(node)
            if diagnostics.allSatisfy({ $0.id != "too-complex" }) {
                diagnostics.append(Diagnostic(id: "too-complex", message: "expression is nested too deeply to run (more than \(Self.maxDepth) levels)", at: l))
            }
            return true
        }
        return false
    }

    mutating func lower(_ items: CodeBlockItemListSyntax) -> [Stmt] {
        var result: [Stmt] = []
        for item in items {
            switch item.item {
            case .decl(let d): result.append(lowerDecl(d))
            case .stmt(let s): result.append(lowerStmt(s))
            case .expr(let e): result.append(Stmt(.expr(lowerExpr(e)), loc(e)))
            }
        }
        return result
    }

    mutating func lowerBlock(_ block: CodeBlockSyntax) -> [Stmt] {
        lower(block.statements)
    }

    // MARK: declarations

    mutating func lowerDecl(_ decl: DeclSyntax) -> Stmt {
        let l = loc(decl)
        if let v = decl.as(VariableDeclSyntax.self) { return lowerVariable(v) }
        if let f = decl.as(FunctionDeclSyntax.self) { return lowerFunction(f) }
        if let s = decl.as(StructDeclSyntax.self) { return lowerStruct(s) }
        if let e = decl.as(EnumDeclSyntax.self) { return lowerEnum(e) }
        if let x = decl.as(ExtensionDeclSyntax.self) { return lowerExtension(x) }
        if let i = decl.as(ImportDeclSyntax.self) {
            if i.importKindSpecifier != nil { return Stmt(.unsupported("import of a single declaration"), l) }
            return Stmt(.importDecl(i.path.map { $0.name.text }.joined(separator: ".")), loc(i.path))
        }
        let name: String
        switch decl.kind {
        case .structDecl: name = "struct declarations"
        case .classDecl: name = "class declarations"
        case .enumDecl: name = "enum declarations"
        case .protocolDecl: name = "protocol declarations"
        case .extensionDecl: name = "extensions"
        case .actorDecl: name = "actors"
        case .typeAliasDecl: name = "typealias declarations"
        case .operatorDecl: name = "operator declarations"
        case .precedenceGroupDecl: name = "precedence group declarations"
        case .subscriptDecl: name = "subscript declarations"
        case .initializerDecl: name = "initializer declarations"
        case .macroDecl, .macroExpansionDecl: name = "macros"
        default: name = "this declaration"
        }
        return Stmt(.unsupported(name), l)
    }

    mutating func lowerVariable(_ v: VariableDeclSyntax) -> Stmt {
        let l = loc(v)
        if !v.attributes.isEmpty { return Stmt(.unsupported("attributes on variables"), loc(v.attributes)) }
        if let m = v.modifiers.first { return Stmt(.unsupported("the '\(m.name.text)' modifier"), loc(m)) }
        let isLet: Bool
        switch v.bindingSpecifier.tokenKind {
        case .keyword(.let): isLet = true
        case .keyword(.var): isLet = false
        default: return Stmt(.unsupported("'\(v.bindingSpecifier.text)' declarations"), l)
        }
        var stmts: [Stmt] = []
        for binding in v.bindings {
            if binding.accessorBlock != nil {
                return Stmt(.unsupported("computed properties and property observers"), loc(binding.accessorBlock!))
            }
            let pattern = lowerBindingPattern(binding.pattern)
            let type = binding.typeAnnotation.map { lowerType($0.type) }
            let value = binding.initializer.map { lowerExpr($0.value) }
            stmts.append(Stmt(.variable(isLet: isLet, pattern, type, value), stmts.isEmpty ? l : loc(binding)))
        }
        return stmts.count == 1 ? stmts[0] : Stmt(.declarationGroup(stmts), l)
    }

    mutating func lowerFunction(_ f: FunctionDeclSyntax, allowMutating: Bool = false) -> Stmt {
        let l = loc(f)
        for m in f.modifiers where !(allowMutating && [.keyword(.mutating), .keyword(.static)].contains(m.name.tokenKind)) {
            return Stmt(.unsupported("the '\(m.name.text)' modifier"), loc(m))
        }
        if let a = f.attributes.first { return Stmt(.unsupported("attributes on functions"), loc(a)) }
        var generics: [GenericParam] = []
        if let g = f.genericParameterClause {
            for p in g.parameters {
                if p.specifier != nil { return Stmt(.unsupported("parameter packs and value generics"), loc(p)) }
                var constraints: [(name: String, loc: SourceLoc)] = []
                if let inherited = p.inheritedType {
                    // `T: Hashable & Comparable` names several protocols.
                    if let c = inherited.as(CompositionTypeSyntax.self) {
                        constraints = c.elements.map { ($0.type.trimmedDescription, loc($0.type)) }
                    } else {
                        constraints = [(inherited.trimmedDescription, loc(inherited))]
                    }
                }
                generics.append(GenericParam(name: p.name.text, constraints: constraints, loc: loc(p.name)))
            }
        }
        if let w = f.genericWhereClause {
            for r in w.requirements {
                guard case .conformanceRequirement(let c) = r.requirement,
                      let i = generics.firstIndex(where: { $0.name == c.leftType.trimmedDescription }) else {
                    return Stmt(.unsupported("this 'where' requirement (only conformances of the function's generic parameters)"), loc(r))
                }
                generics[i].constraints.append((c.rightType.trimmedDescription, loc(c.rightType)))
            }
        }
        let (isThrowing, effectRefusal) = lowerEffects(f.signature.effectSpecifiers, of: "functions")
        if let effectRefusal { return effectRefusal }
        guard case .identifier = f.name.tokenKind else {
            return Stmt(.unsupported("operator functions"), loc(f.name))
        }
        let (params, refusal) = lowerParameters(f.signature.parameterClause)
        if let refusal { return refusal }
        guard let body = f.body else { return Stmt(.unsupported("functions without a body"), l) }
        let decl = FunctionDecl(name: f.name.text, params: params,
                                returnType: f.signature.returnClause.map { lowerType($0.type) },
                                body: lowerBlock(body), loc: loc(f.name), endLoc: loc(body.rightBrace), isThrowing: isThrowing,
                                genericParams: generics)
        return Stmt(.function(decl), l)
    }

    /// `throws` of a function or an initializer (`what`: "functions"); or the `unsupported`
    /// statement naming an effect outside the subset (`async`, `rethrows`, typed throws).
    func lowerEffects(_ effects: FunctionEffectSpecifiersSyntax?, of what: String) -> (isThrowing: Bool, refusal: Stmt?) {
        guard let e = effects else { return (false, nil) }
        if e.asyncSpecifier != nil { return (false, Stmt(.unsupported("'async' \(what)"), loc(e))) }
        guard let t = e.throwsClause else { return (false, nil) }
        if t.throwsSpecifier.tokenKind == .keyword(.rethrows) { return (false, Stmt(.unsupported("'rethrows' \(what)"), loc(t))) }
        if t.type != nil { return (false, Stmt(.unsupported("typed throws ('throws(...)')"), loc(t))) }
        return (true, nil)
    }

    /// A function's or an initializer's parameters; or the `unsupported` statement naming what
    /// one of them uses outside the subset.
    mutating func lowerParameters(_ clause: FunctionParameterClauseSyntax) -> (params: [Param], refusal: Stmt?) {
        var params: [Param] = []
        for p in clause.parameters {
            if p.ellipsis != nil { return ([], Stmt(.unsupported("variadic parameters"), loc(p))) }
            var type = p.type
            var isInout = false
            if let a = p.type.as(AttributedTypeSyntax.self), a.specifiers.contains(where: { $0.description.contains("inout") }) {
                if !a.attributes.isEmpty || a.specifiers.count != 1 { return ([], Stmt(.unsupported("attributes on 'inout' parameters"), loc(p.type))) }
                if p.defaultValue != nil { return ([], Stmt(.unsupported("default values of 'inout' parameters"), loc(p))) }
                type = a.baseType
                isInout = true
            }
            let first = p.firstName.text
            let name = p.secondName?.text ?? first
            params.append(Param(label: first == "_" ? nil : first, name: name, type: lowerType(type),
                                defaultValue: p.defaultValue.map { lowerExpr($0.value) }, loc: loc(p), isInout: isInout))
        }
        return (params, nil)
    }

    /// A struct: stored properties, get-only computed properties, methods, initializers and
    /// static members. Everything else a struct may hold (nested types, observers, subscripts)
    /// is named in an `unsupported` statement.
    mutating func lowerStruct(_ s: StructDeclSyntax) -> Stmt {
        let l = loc(s)
        if let m = s.modifiers.first { return Stmt(.unsupported("the '\(m.name.text)' modifier"), loc(m)) }
        if let a = s.attributes.first { return Stmt(.unsupported("attributes on structs"), loc(a)) }
        if let g = s.genericParameterClause { return Stmt(.unsupported("generic structs"), loc(g)) }
        if let w = s.genericWhereClause { return Stmt(.unsupported("'where' clauses"), loc(w)) }
        var decl = StructDecl(name: s.name.text, loc: loc(s.name), conformances: inherited(s.inheritanceClause), fields: [], members: .init())
        var members = TypeMembers()
        for member in s.memberBlock.members {
            let d = member.decl
            if let unsupported = lowerMember(d, into: &members, in: "a struct") { return unsupported }
            if let v = d.as(VariableDeclSyntax.self), members.storedProperties != nil {
                let isLet = v.bindingSpecifier.tokenKind == .keyword(.let)
                for binding in members.storedProperties! {
                    guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                        return Stmt(.unsupported("this pattern in a property declaration"), loc(binding.pattern))
                    }
                    if binding.typeAnnotation == nil && binding.initializer == nil {
                        return Stmt(.unsupported("a stored property without a type or a value"), loc(binding))
                    }
                    let observers = members.observers[id.identifier.text]
                    decl.fields.append(.init(isLet: isLet, name: id.identifier.text, type: binding.typeAnnotation.map { lowerType($0.type) },
                                             defaultValue: binding.initializer.map { lowerExpr($0.value) }, loc: loc(id),
                                             willSet: observers?.willSet, didSet: observers?.didSet))
                }
                members.storedProperties = nil
            }
        }
        decl.members = members.decls
        return Stmt(.structDecl(decl), l)
    }

    /// An enum: cases (with raw values or associated values), get-only computed properties,
    /// methods, initializers and static members; anything else is named in an `unsupported`
    /// statement.
    mutating func lowerEnum(_ e: EnumDeclSyntax) -> Stmt {
        let l = loc(e)
        for m in e.modifiers {
            if m.name.tokenKind == .keyword(.indirect) { return Stmt(.unsupported("'indirect' enums"), loc(m)) }
            return Stmt(.unsupported("the '\(m.name.text)' modifier"), loc(m))
        }
        if let a = e.attributes.first { return Stmt(.unsupported("attributes on enums"), loc(a)) }
        if let g = e.genericParameterClause { return Stmt(.unsupported("generic enums"), loc(g)) }
        if let w = e.genericWhereClause { return Stmt(.unsupported("'where' clauses"), loc(w)) }
        var decl = EnumDecl(name: e.name.text, loc: loc(e.name), inherited: inherited(e.inheritanceClause), cases: [], members: .init())
        var members = TypeMembers()
        for member in e.memberBlock.members {
            let d = member.decl
            if let c = d.as(EnumCaseDeclSyntax.self) {
                for m in c.modifiers {
                    if m.name.tokenKind == .keyword(.indirect) { return Stmt(.unsupported("'indirect' enum cases"), loc(m)) }
                    return Stmt(.unsupported("the '\(m.name.text)' modifier"), loc(m))
                }
                if let a = c.attributes.first { return Stmt(.unsupported("attributes on enum cases"), loc(a)) }
                for element in c.elements {
                    var payload: [(label: String?, type: TypeRepr, loc: SourceLoc)]?
                    if let params = element.parameterClause {
                        payload = []
                        for p in params.parameters {
                            if p.defaultValue != nil { return Stmt(.unsupported("default values of associated values"), loc(p)) }
                            if p.secondName != nil { return Stmt(.unsupported("internal names of associated values"), loc(p)) }
                            let label = p.firstName.map { $0.text == "_" ? nil : $0.text } ?? nil
                            payload!.append((label, lowerType(p.type), loc(p)))
                        }
                    }
                    decl.cases.append(.init(name: element.name.text, payload: payload,
                                            rawValue: element.rawValue.map { lowerExpr($0.value) }, loc: loc(element.name)))
                }
                continue
            }
            if let unsupported = lowerMember(d, into: &members, in: "an enum") { return unsupported }
            if let bindings = members.storedProperties {
                return Stmt(.unsupported("stored properties in enums (Swift does not allow them)"), loc(bindings[0]))
            }
        }
        decl.members = members.decls
        return Stmt(.enumDecl(decl), l)
    }

    /// An extension of a struct or an enum: its members, merged into the type's declaration
    /// by `mergeExtensions` (so an extension must be in the type's cell, at its top level).
    mutating func lowerExtension(_ x: ExtensionDeclSyntax) -> Stmt {
        let l = loc(x)
        if let m = x.modifiers.first { return Stmt(.unsupported("the '\(m.name.text)' modifier on an extension"), loc(m)) }
        if let a = x.attributes.first { return Stmt(.unsupported("attributes on extensions"), loc(a)) }
        if let w = x.genericWhereClause { return Stmt(.unsupported("constrained extensions ('where')"), loc(w)) }
        guard let named = x.extendedType.as(IdentifierTypeSyntax.self), named.genericArgumentClause == nil else {
            return Stmt(.unsupported("extensions of this type (only of the cell's own structs and enums)"), loc(x.extendedType))
        }
        var members = TypeMembers()
        for member in x.memberBlock.members {
            let d = member.decl
            if let unsupported = lowerMember(d, into: &members, in: "an extension") { return unsupported }
            if let bindings = members.storedProperties {
                return Stmt(.unsupported("stored properties in extensions (Swift does not allow them)"), loc(bindings[0]))
            }
        }
        for i in members.decls.initializers.indices { members.decls.initializers[i].inExtension = true }
        // Outside a cell's top level the placeholder stays what it says (Swift: only valid at file scope).
        let placeholder = Stmt(.unsupported("extensions inside functions or blocks; declare them at a cell's top level"), l)
        extensions.append((placeholder, named.name.text, loc(named), inherited(x.inheritanceClause), members.decls))
        return placeholder
    }

    /// Merges each top-level extension into its type's declaration in the same cell; an
    /// extension of any other type becomes an `unsupported` statement naming why.
    mutating func mergeExtensions(_ stmts: [Stmt]) -> [Stmt] {
        var stmts = stmts
        for x in extensions {
            guard let at = stmts.firstIndex(where: { $0 === x.placeholder }) else { continue }
            let target = stmts.firstIndex { s in
                switch s.kind {
                case .structDecl(let d): d.name == x.name
                case .enumDecl(let d): d.name == x.name
                default: false
                }
            }
            guard let target else {
                stmts[at] = Stmt(.unsupported("an extension of '\(x.name)', which is not a struct or an enum declared in this cell (extensions go in their type's cell)"), x.loc)
                continue
            }
            let old = stmts[target]
            switch old.kind {
            case .structDecl(var d):
                d.conformances += x.conformances
                d.members.append(x.members)
                stmts[target] = Stmt(.structDecl(d), old.loc)
            case .enumDecl(var d):
                d.inherited += x.conformances
                d.members.append(x.members)
                stmts[target] = Stmt(.enumDecl(d), old.loc)
            default: break
            }
            stmts[at] = Stmt(.declarationGroup([]), x.placeholder.loc)
        }
        extensions = []
        return stmts
    }

    private func inherited(_ clause: InheritanceClauseSyntax?) -> [(name: String, loc: SourceLoc)] {
        (clause?.inheritedTypes ?? []).map { ($0.type.trimmedDescription, loc($0.type)) }
    }

    /// What a struct's or an enum's members lower to, as they are read.
    struct TypeMembers {
        var decls = TypeMemberDecls()
        /// The bindings of a stored-property declaration just read, for the caller to take.
        /// (The syntax nodes themselves: a rebuilt list would lose their source positions.)
        var storedProperties: [PatternBindingSyntax]?
        /// Observers of the stored properties just read, by property name.
        var observers: [String: (willSet: Accessor?, didSet: Accessor?)] = [:]
    }

    /// Lowers a method, an initializer or a variable declaration of a type (computed and static
    /// properties are taken here, stored ones left in `members.storedProperties`); returns an
    /// `unsupported` statement for any other member.
    private mutating func lowerMember(_ d: DeclSyntax, into members: inout TypeMembers, in owner: String) -> Stmt? {
        if let f = d.as(FunctionDeclSyntax.self) {
            let lowered = lowerFunction(f, allowMutating: true)
            guard case .function(let fd) = lowered.kind else { return lowered }
            let isMutating = f.modifiers.contains { $0.name.tokenKind == .keyword(.mutating) }
            if f.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) {
                if isMutating { return Stmt(.unsupported("'static' and 'mutating' together (Swift: static functions must not be declared mutating)"), loc(f)) }
                members.decls.staticMethods.append(.init(decl: fd, isMutating: false))
            } else {
                members.decls.methods.append(.init(decl: fd, isMutating: isMutating))
            }
            return nil
        }
        if let i = d.as(InitializerDeclSyntax.self) { return lowerInitializer(i, into: &members) }
        guard let v = d.as(VariableDeclSyntax.self) else {
            let what: String
            switch d.kind {
            case .structDecl, .classDecl, .enumDecl, .typeAliasDecl, .protocolDecl: what = "nested types"
            case .subscriptDecl: what = "subscript declarations"
            case .deinitializerDecl: what = "'deinit' (structs and enums have none)"
            default: what = "this declaration inside \(owner)"
            }
            return Stmt(.unsupported(what), loc(d))
        }
        var isStatic = false
        for m in v.modifiers {
            guard m.name.tokenKind == .keyword(.static), !isStatic else {
                return Stmt(.unsupported("the '\(m.name.text)' modifier of a property"), loc(m))
            }
            isStatic = true
        }
        if let a = v.attributes.first { return Stmt(.unsupported("attributes on properties"), loc(a)) }
        let isLet = v.bindingSpecifier.tokenKind == .keyword(.let)
        var stored: [PatternBindingSyntax] = []
        for binding in v.bindings {
            guard let accessors = binding.accessorBlock else {
                stored.append(binding)
                continue
            }
            guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                return Stmt(.unsupported("this pattern in a property declaration"), loc(binding.pattern))
            }
            // `willSet`/`didSet`: a stored property with observers.
            if case .accessors(let list) = accessors.accessors,
               list.contains(where: { [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }) {
                if isStatic { return Stmt(.unsupported("observers of static properties"), loc(accessors)) }
                if isLet { return Stmt(.unsupported("observers on a 'let' (Swift: 'let' declarations cannot be observing properties)"), loc(accessors)) }
                var observers: (willSet: Accessor?, didSet: Accessor?) = (nil, nil)
                for a in list {
                    guard a.effectSpecifiers == nil, a.attributes.isEmpty, a.modifier == nil, let body = a.body else {
                        return Stmt(.unsupported("this property observer"), loc(a))
                    }
                    let isWill = a.accessorSpecifier.tokenKind == .keyword(.willSet)
                    guard isWill || a.accessorSpecifier.tokenKind == .keyword(.didSet) else {
                        return Stmt(.unsupported("'\(a.accessorSpecifier.text)' beside property observers"), loc(a))
                    }
                    let accessor = Accessor(parameter: a.parameters?.name.text ?? (isWill ? "newValue" : "oldValue"), body: lowerBlock(body),
                                            loc: loc(a.accessorSpecifier), endLoc: loc(body.rightBrace))
                    if isWill { observers.willSet = accessor } else { observers.didSet = accessor }
                }
                members.observers[id.identifier.text] = observers
                stored.append(binding)
                continue
            }
            let type = binding.typeAnnotation.map { lowerType($0.type) }
            guard !isLet, let type, binding.initializer == nil else {
                return Stmt(.unsupported("this computed property"), loc(accessors))
            }
            let body: [Stmt]
            var setter: Accessor?
            switch accessors.accessors {
            case .getter(let items):
                body = lower(items)
            case .accessors(let list):
                var getter: [Stmt]?
                for a in list {
                    guard a.effectSpecifiers == nil, a.attributes.isEmpty, a.modifier == nil, let accessorBody = a.body else {
                        return Stmt(.unsupported("this accessor"), loc(a))
                    }
                    switch a.accessorSpecifier.tokenKind {
                    case .keyword(.get) where a.parameters == nil:
                        getter = lowerBlock(accessorBody)
                    case .keyword(.set):
                        if isStatic { return Stmt(.unsupported("setters of static properties"), loc(a)) }
                        setter = Accessor(parameter: a.parameters?.name.text ?? "newValue", body: lowerBlock(accessorBody),
                                          loc: loc(a.accessorSpecifier), endLoc: loc(accessorBody.rightBrace))
                    default:
                        return Stmt(.unsupported("the '\(a.accessorSpecifier.text)' accessor"), loc(a))
                    }
                }
                guard let getter else { return Stmt(.unsupported("a computed property without a getter"), loc(accessors)) }
                body = getter
            }
            let property = ComputedPropertyDecl(name: id.identifier.text, type: type, body: body,
                                                loc: loc(id), endLoc: loc(accessors.rightBrace), setter: setter)
            if isStatic { members.decls.staticComputed.append(property) } else { members.decls.computed.append(property) }
        }
        if isStatic {
            for binding in stored {
                guard let id = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    return Stmt(.unsupported("this pattern in a property declaration"), loc(binding.pattern))
                }
                guard let value = binding.initializer?.value else {
                    return Stmt(.unsupported("a static stored property without an initial value (Swift requires one)"), loc(binding))
                }
                members.decls.staticProperties.append(.init(isLet: isLet, name: id.identifier.text, type: binding.typeAnnotation.map { lowerType($0.type) },
                                                            value: lowerExpr(value), loc: loc(id)))
            }
        } else if !stored.isEmpty {
            members.storedProperties = stored
        }
        return nil
    }

    /// `init(...)`, `init?(...)`, `init(...) throws`.
    private mutating func lowerInitializer(_ i: InitializerDeclSyntax, into members: inout TypeMembers) -> Stmt? {
        if let m = i.modifiers.first { return Stmt(.unsupported("the '\(m.name.text)' modifier on an initializer"), loc(m)) }
        if let a = i.attributes.first { return Stmt(.unsupported("attributes on initializers"), loc(a)) }
        if let g = i.genericParameterClause { return Stmt(.unsupported("generic initializers"), loc(g)) }
        if let w = i.genericWhereClause { return Stmt(.unsupported("'where' clauses"), loc(w)) }
        var isFailable = false
        if let mark = i.optionalMark {
            guard mark.tokenKind == .postfixQuestionMark || mark.text == "?" else {
                return Stmt(.unsupported("implicitly unwrapped failable initializers ('init!')"), loc(mark))
            }
            isFailable = true
        }
        let (isThrowing, effectRefusal) = lowerEffects(i.signature.effectSpecifiers, of: "initializers")
        if let effectRefusal { return effectRefusal }
        if let r = i.signature.returnClause { return Stmt(.unsupported("a result type on an initializer"), loc(r)) }
        guard let body = i.body else { return Stmt(.unsupported("initializers without a body"), loc(i)) }
        let (params, refusal) = lowerParameters(i.signature.parameterClause)
        if let refusal { return refusal }
        let decl = FunctionDecl(name: "init", params: params, returnType: nil, body: lowerBlock(body),
                                loc: loc(i.initKeyword), endLoc: loc(body.rightBrace), isThrowing: isThrowing)
        members.decls.initializers.append(.init(decl: decl, isFailable: isFailable))
        return nil
    }
}
