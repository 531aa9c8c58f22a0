/// How Swift names a library callee in "no exact matches in call to ...".
enum NativeCallKind {
    case function, instanceMethod, staticMethod, initializer

    func describe(_ name: String) -> String {
        switch self {
        case .function: "global function '\(name)'"
        case .instanceMethod: "instance method '\(name)'"
        case .staticMethod: "static method '\(name)'"
        case .initializer: "initializer"
        }
    }
}

extension Checker {
    /// Picks the overload whose labels match the arguments (Swift resolves by labels first,
    /// defaults included), then, among overloads that match, the one whose parameter types the
    /// arguments fit at the best score (`OverloadScore`), each argument checked with that
    /// parameter as its context.
    func callNativeOverloads(_ overloads: [NativeFunction], _ args: [Argument], receiver: Typed?, place: Place? = nil,
                             at loc: SourceLoc, what: String, kind: NativeCallKind) throws(CheckError) -> Typed {
        let base = what.split(separator: ".").last.map(String.init) ?? what
        let candidates = overloads.filter { f in
            (try? matchArguments(args, labels: f.labels, hasDefault: f.hasDefault, fullName: f.fullName, at: loc)) != nil
        }
        if candidates.count == 1 {
            return try callNative(candidates[0], args, receiver: receiver, place: place, at: loc, what: what)
        }
        if candidates.count > 1 {
            func call(_ c: NativeFunction) throws(CheckError) -> Typed {
                try callNative(c, args, receiver: receiver, place: place, at: loc, what: what)
            }
            return try bestOverload(candidates, call: call, ambiguity: { winners in
                // Swift names an initialiser by its full name: "ambiguous use of 'init(amplitudes:)'".
                let name = kind == .initializer ? "init(" + winners[0].labels.map { ($0 ?? "_") + ":" }.joined() + ")" : base
                return self.overloadAmbiguity(winners, args, name, at: loc)
            }, noMatch: { () throws(CheckError) in
                try self.noMatchingOverload(candidates, args, at: loc, kind.describe(base), call: call)
            })
        }
        if overloads.count == 1 {
            _ = try matchArguments(args, labels: overloads[0].labels, hasDefault: overloads[0].hasDefault, fullName: overloads[0].fullName, at: loc)
        }
        throw error("argument-label", "no exact matches in call to '\(base)'", at: loc,
                    notes: overloads.map { .init(message: "candidate: \($0.fullName)") })
    }

    /// No overload fits: an argument that can have no type is the error (as Swift reports it);
    /// else, when every candidate has an argument of the wrong type, Swift's "no exact matches"
    /// with a note per candidate; else the error of the first candidate the arguments' types
    /// do fit (it failed inside an argument), found by checking it for real.
    private func noMatchingOverload(_ candidates: [NativeFunction], _ args: [Argument], at loc: SourceLoc, _ callee: String,
                                    call: (NativeFunction) throws(CheckError) -> Typed) throws(CheckError) -> Typed {
        var arguments: [(OperatorInference, OperatorInference.Options?)] = []
        for a in args {
            let inference = OperatorInference(self)
            arguments.append((inference, try inference.argumentOptions(a.value)))
        }
        var notes: [Diagnostic.Note] = []
        for c in candidates {
            guard let match = try? matchArguments(args, labels: c.labels, hasDefault: c.hasDefault, fullName: c.fullName, at: loc) else { continue }
            let wrong = match.indices.first { i in
                guard let a = match[i], let options = arguments[a].1 else { return false }
                return arguments[a].0.fit(options, c.params[i]) == nil
            }
            guard let i = wrong, let a = match[i], let options = arguments[a].1 else { return try call(c) }
            let got = arguments[a].0.representative(options)
            notes.append(.init(message: "candidate expects value of type '\(c.params[i])' for parameter #\(i + 1) (got '\(got)')"))
        }
        throw error("no-matching-overload", "no exact matches in call to \(callee)", at: loc, notes: notes)
    }

    /// Overloads that fit equally well: Swift names the implicit member argument whose type
    /// they disagree on, else the callee.
    private func overloadAmbiguity(_ fs: [NativeFunction], _ args: [Argument], _ name: String, at loc: SourceLoc) -> CheckError {
        for (i, a) in args.enumerated() where Set(fs.compactMap { i < $0.params.count ? $0.params[i] : nil }).count > 1 {
            if let (member, at) = OperatorInference(self).memberName(a.value) {
                return error("ambiguous-member", "ambiguous use of '\(member)'", at: at)
            }
        }
        return error("ambiguous-function", "ambiguous use of '\(name)'", at: loc, notes: fs.map { f in
            .init(message: "found candidate '(\(f.params.map(\.description).joined(separator: ", "))) -> \(f.result)'")
        })
    }

    func callNative(_ f: NativeFunction, _ args: [Argument]?, receiver: Typed?, place: Place? = nil,
                    at loc: SourceLoc, what: String) throws(CheckError) -> Typed {
        let args = args ?? []
        let match = try matchArguments(args, labels: f.labels, hasDefault: f.hasDefault, fullName: f.fullName, at: loc)
        var codes: [ValueCode] = []
        var origins: [TextOrigin?] = []
        for (i, slot) in match.enumerated() {
            guard let slot else {
                codes.append(try defaultArgument(f, i, at: loc))
                origins.append(nil)
                continue
            }
            let a = args[slot]
            origins.append(a.value.kind.unparenthesised.isStringLiteral ? a.value.textOrigin : nil)
            codes.append(try nativeArgument(a.value, as: f.params[i]).code.value)
        }
        let r = f.result
        let all = codes
        let m = self.m
        let lib = library
        if f.isMutating, let place, let mutate = f.mutate {
            let path = place.path, modify = place.access
            return Typed(r, .make(r) { fp throws(Trap) in
                try path?(fp)
                var values: [Value] = []
                for c in all { values.append(try c(fp)) }
                var out = Value.void
                try modify(fp) { (v: inout Value) throws(Trap) in
                    let box = Library.uniqueBox(&v)
                    do { out = try mutate(NativeCall(m: m, loc: loc), box, values) } catch { throw lib.nativeTrap(error, loc, origins, m) }
                }
                return out
            })
        }
        let recv = receiver?.code.value
        let call = f.call
        return Typed(r, .make(r) { fp throws(Trap) in
            var values: [Value] = []
            if let recv { values.append(try recv(fp)) }
            for c in all { values.append(try c(fp)) }
            do { return try call(NativeCall(m: m, loc: loc), values) } catch { throw lib.nativeTrap(error, loc, origins, m) }
        })
    }

    /// An argument for a library parameter: closures are checked against the function type
    /// (also where the parameter is an optional function).
    private func nativeArgument(_ e: Expr, as type: QType) throws(CheckError) -> Typed {
        switch type {
        case .function(let ps, let r):
            return try checkFunctionArgument(e, params: ps, result: r)
        case .optional(.function(let ps, let r)):
            if case .closure = e.kind.unparenthesised {
                let t = try checkFunctionArgument(e, params: ps, result: r)
                return Typed(type, .value(t.code.value))
            }
            return try check(e, as: type, context: .argument)
        default:
            return try check(e, as: type, context: .argument)
        }
    }

    /// A parameter's default value, checked where the call leaves it out. Names in it mean
    /// what they mean in the library, never a cell's variables.
    private func defaultArgument(_ f: NativeFunction, _ i: Int, at loc: SourceLoc) throws(CheckError) -> ValueCode {
        guard let d = f.defaults[i] else { unreachableCase() }
        let saved = libraryContext
        libraryContext = true
        defer { libraryContext = saved }
        do {
            return try check(d, as: f.params[i], context: .argument).code.value
        } catch {
            throw self.error("library-default", "the default value of parameter #\(i + 1) of '\(f.fullName)' does not check (a mistake in the library binding)", at: loc)
        }
    }
}

extension NativeFunction {
    /// `name(label:_:)`, as Swift names the function in messages.
    var fullName: String { "\(name)(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")" }
}

extension Expr.Kind {
    var isStringLiteral: Bool {
        if case .stringLiteral(let parts) = self { return parts.allSatisfy { if case .text = $0 { true } else { false } } }
        return false
    }
}

extension Library {
    /// The trap for an error out of a native call: located inside a string literal argument when
    /// the library says where in the string the problem is.
    func nativeTrap(_ error: any Error, _ loc: SourceLoc, _ origins: [TextOrigin?], _ m: UnsafeMutablePointer<MachineState>) -> Trap {
        var at = loc
        if let e = error as? ScriptError, let a = e.argument, a < origins.count, let origin = origins[a], let line = e.line, let column = e.column {
            at = origin.location(line: line, column: column)
        }
        return trap(error, at, timeout: m.pointee.timeoutSeconds)
    }
}
