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
    /// Picks the overload whose labels match the arguments (Swift resolves by labels first), then,
    /// among overloads with the same labels, the one whose parameter types the arguments fit at
    /// the best score (`OverloadScore`), each argument checked with that parameter as its context.
    func callNativeOverloads(_ overloads: [NativeFunction], _ args: [Argument], receiver: Typed?, place: Place? = nil,
                             at loc: SourceLoc, what: String, kind: NativeCallKind) throws(CheckError) -> Typed {
        let ls = labels(args)
        let candidates = overloads.filter { $0.labels == ls }
        let base = what.split(separator: ".").last.map(String.init) ?? what
        if candidates.count == 1 {
            return try callNative(candidates[0], args, receiver: receiver, place: place, at: loc, what: what)
        }
        if candidates.count > 1 {
            var viable: [(NativeFunction, Trial<Typed>)] = []
            for c in candidates {
                if let t = attempt({ () throws(CheckError) in try callNative(c, args, receiver: receiver, place: place, at: loc, what: what) }) {
                    viable.append((c, t))
                }
            }
            guard let best = viable.map(\.1.score).min() else {
                return try noMatchingOverload(candidates, args, at: loc, kind.describe(base)) { (c) throws(CheckError) in
                    try callNative(c, args, receiver: receiver, place: place, at: loc, what: what)
                }
            }
            let winners = viable.filter { $0.1.score == best }
            if winners.count > 1 { throw overloadAmbiguity(winners.map(\.0), args, base, at: loc) }
            return commit(winners[0].1)
        }
        let names = overloads.map { f in "\(f.name)(" + f.labels.map { ($0 ?? "_") + ":" }.joined() + ")" }
        if overloads.count == 1 {
            _ = try matchArguments(args, labels: overloads[0].labels, hasDefault: overloads[0].labels.map { _ in false }, fullName: names[0], at: loc)
        }
        throw error("argument-label", "no exact matches in call to '\(base)'", at: loc,
                    notes: names.map { .init(message: "candidate: \($0)") })
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
            let wrong = c.params.indices.first { i in
                guard let options = arguments[i].1 else { return false }
                return arguments[i].0.fit(options, c.params[i]) == nil
            }
            guard let i = wrong, let options = arguments[i].1 else { return try call(c) }
            let got = arguments[i].0.representative(options)
            notes.append(.init(message: "candidate expects value of type '\(c.params[i])' for parameter #\(i + 1) (got '\(got)')"))
        }
        throw error("no-matching-overload", "no exact matches in call to \(callee)", at: loc, notes: notes)
    }

    /// Overloads that fit equally well: Swift names the implicit member argument whose type
    /// they disagree on, else the callee.
    private func overloadAmbiguity(_ fs: [NativeFunction], _ args: [Argument], _ name: String, at loc: SourceLoc) -> CheckError {
        for (i, a) in args.enumerated() where Set(fs.map { $0.params[i] }).count > 1 {
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
        if args.count != f.params.count {
            throw error("argument-count", "\(what) takes \(f.params.count) argument\(f.params.count == 1 ? "" : "s")", at: loc)
        }
        var codes: [ValueCode] = []
        for (i, a) in args.enumerated() {
            if case .function(let ps, let r) = f.params[i] {
                codes.append(try checkFunctionArgument(a.value, params: ps, result: r).code.value)
            } else {
                codes.append(try check(a.value, as: f.params[i], context: .argument).code.value)
            }
        }
        let r = f.result
        let all = codes
        if f.isMutating, let place, let mutate = f.mutate {
            let modify = place.modify
            return Typed(r, .make(r) { fp throws(Trap) in
                var values: [Value] = []
                for c in all { values.append(try c(fp)) }
                var out = Value.void
                try modify(fp) { (v: inout Value) throws(Trap) in
                    let box = Library.uniqueBox(&v)
                    do { out = try mutate(box, values) } catch { throw Library.trap(error, loc) }
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
            do { return try call(values) } catch { throw Library.trap(error, loc) }
        })
    }
}
