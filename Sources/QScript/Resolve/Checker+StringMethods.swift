import Foundation

extension Checker {
    func stringMethod(_ b: Typed, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed? {
        let f = b.code.value
        func str(_ fp: Frame) throws(Trap) -> String { try f(fp).string }
        switch (name, labels(args, method: name)) {
        case ("uppercased", []): return Typed(.string, .value { fp throws(Trap) in .string(try str(fp).uppercased()) })
        case ("lowercased", []): return Typed(.string, .value { fp throws(Trap) in .string(try str(fp).lowercased()) })
        case ("hasPrefix", [nil]), ("hasSuffix", [nil]):
            let x = try check(args[0].value, as: .string, context: .argument).code.value
            let prefix = name == "hasPrefix"
            return Typed(.bool, .bool { fp throws(Trap) in
                let s = try str(fp), p = try x(fp).string
                return prefix ? s.hasPrefix(p) : s.hasSuffix(p)
            })
        case ("contains", [nil]):
            let t = try check(args[0].value, expected: .character)
            let x = t.code.value
            if t.type == .character {
                return Typed(.bool, .bool { fp throws(Trap) in try str(fp).contains(try x(fp).character) })
            }
            guard t.type == .string else {
                throw error("type-mismatch", "cannot convert value of type '\(t.type)' to expected argument type 'String'", at: args[0].value.loc)
            }
            // Swift's own `contains` (not Foundation's) finds the empty string in every string.
            return Typed(.bool, .bool { fp throws(Trap) in
                let s = try str(fp), p = try x(fp).string
                return p.isEmpty || s.contains(p)
            })
        case ("split", ["separator"]), ("split", ["separator", "maxSplits"]), ("split", ["separator", "omittingEmptySubsequences"]),
             ("split", ["separator", "maxSplits", "omittingEmptySubsequences"]):
            let t = try check(args[0].value, expected: .character)
            let x = t.code.value
            let sub = QType.sequence(.substring, .character)
            let ls = labels(args)
            let maxSplits = try ls.firstIndex(of: "maxSplits").map { (i) throws(CheckError) in try check(args[i].value, as: .int, context: .argument).code.int }
            let omitting = try ls.firstIndex(of: "omittingEmptySubsequences").map { (i) throws(CheckError) in try check(args[i].value, as: .bool, context: .argument).code.bool }
            /// The optional arguments, as Swift's defaults fill them in.
            func options(_ fp: Frame) throws(Trap) -> (Int, Bool) {
                let n = try maxSplits?(fp) ?? Int.max
                if n < 0 { throw Trap(id: "precondition", message: "Must take zero or more splits", loc: loc) }
                return (n, try omitting?(fp) ?? true)
            }
            if t.type == .character {
                return Typed(.array(sub), .value { fp throws(Trap) in
                    let s = try str(fp), c = try x(fp).character
                    let (n, omit) = try options(fp)
                    return .array(s.split(separator: c, maxSplits: n, omittingEmptySubsequences: omit).map { .string(String($0)) })
                })
            }
            guard t.type == .string else {
                throw error("type-mismatch", "cannot convert value of type '\(t.type)' to expected argument type 'Character'", at: args[0].value.loc)
            }
            return Typed(.array(sub), .value { fp throws(Trap) in
                let s = try str(fp), sep = try x(fp).string
                let (n, omit) = try options(fp)
                return .array(s.split(separator: sep, maxSplits: n, omittingEmptySubsequences: omit).map { .string(String($0)) })
            })
        case ("components", ["separatedBy"]):
            try requireFoundation("components", at: loc, message: "value of type 'String' has no member 'components'")
            let x = try check(args[0].value, as: .string, context: .argument).code.value
            return Typed(.array(.string), .value { fp throws(Trap) in
                .array(try str(fp).components(separatedBy: try x(fp).string).map { .string($0) })
            })
        case ("replacingOccurrences", ["of", "with"]):
            try requireFoundation("replacingOccurrences", at: loc, message: "value of type 'String' has no member 'replacingOccurrences'")
            let x = try check(args[0].value, as: .string, context: .argument).code.value
            let y = try check(args[1].value, as: .string, context: .argument).code.value
            return Typed(.string, .value { fp throws(Trap) in
                .string(try str(fp).replacingOccurrences(of: try x(fp).string, with: try y(fp).string))
            })
        case ("trimmingCharacters", ["in"]):
            try requireFoundation("trimmingCharacters", at: loc, message: "value of type 'String' has no member 'trimmingCharacters'")
            guard case .implicitMember(let set) = args[0].value.kind, set == "whitespaces" || set == "whitespacesAndNewlines" else {
                throw unsupported("character sets other than '.whitespaces' and '.whitespacesAndNewlines'", at: args[0].loc)
            }
            let cs: CharacterSet = set == "whitespaces" ? .whitespaces : .whitespacesAndNewlines
            return Typed(.string, .value { fp throws(Trap) in .string(try str(fp).trimmingCharacters(in: cs)) })
        case ("padding", _):
            throw unsupported("'padding(toLength:withPad:startingAt:)'", at: loc)
        default:
            return nil
        }
    }

    func dictionaryMethod(_ b: Typed, _ k: QType, _ v: QType, _ name: String, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed? {
        let f = b.code.value
        let m = self.m
        switch (name, labels(args, method: name)) {
        case ("mapValues", [nil]):
            let c = try checkFunctionArgument(args[0].value, params: [v], result: nil)
            guard case .function(_, let r) = c.type else { return nil }
            let g = c.code.value
            return Typed(.dictionary(k, r), .value { fp throws(Trap) in
                let d = try f(fp).dictionary
                let fn = try g(fp).function
                var out = DictionaryValue()
                for i in 0..<d.count { out.set(d.keys[i], try Invoke.call1(fn, d.values[i], m, loc)) }
                return .dictionary(out)
            })
        case ("filter", [nil]):
            let pair = QType.tuple([.init(label: "key", type: k), .init(label: "value", type: v)])
            let g = try checkFunctionArgument(args[0].value, params: [pair], result: .bool).code.value
            return Typed(b.type, .value { fp throws(Trap) in
                let d = try f(fp).dictionary
                let fn = try g(fp).function
                var out = DictionaryValue()
                for i in 0..<d.count {
                    if try Invoke.call1(fn, .tuple([d.keys[i], d.values[i]]), m, loc).bool { out.set(d.keys[i], d.values[i]) }
                }
                return .dictionary(out)
            })
        default:
            let pair = QType.tuple([.init(label: "key", type: k), .init(label: "value", type: v)])
            return try arrayMethod(Typed(.array(pair), .value(sequenceCode(b, at: loc))), pair, name, args, expected: nil, at: loc)
        }
    }
}
