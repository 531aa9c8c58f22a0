extension Checker {
    /// Picks the overload whose labels match the arguments (Swift resolves by labels first).
    func callNativeOverloads(_ overloads: [NativeFunction], _ args: [Argument], receiver: Typed?, place: Place? = nil,
                             at loc: SourceLoc, what: String) throws(CheckError) -> Typed {
        let ls = labels(args)
        let candidates = overloads.filter { $0.labels == ls }
        if candidates.count == 1 {
            return try callNative(candidates[0], args, receiver: receiver, place: place, at: loc, what: what)
        }
        if candidates.count > 1 {
            // Overloads with the same labels: the first whose parameter types accept the arguments.
            for c in candidates {
                if let t = try? callNative(c, args, receiver: receiver, place: place, at: loc, what: what) { return t }
            }
            return try callNative(candidates[0], args, receiver: receiver, place: place, at: loc, what: what)
        }
        let names = overloads.map { f in "\(f.name)(" + f.labels.map { ($0 ?? "_") + ":" }.joined() + ")" }
        let base = what.split(separator: ".").last.map(String.init) ?? what
        if overloads.count == 1 {
            _ = try matchArguments(args, labels: overloads[0].labels, hasDefault: overloads[0].labels.map { _ in false }, fullName: names[0], at: loc)
        }
        throw error("argument-label", "no exact matches in call to '\(base)'", at: loc,
                    notes: names.map { .init(message: "candidate: \($0)") })
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
