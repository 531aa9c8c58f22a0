import Foundation

extension Checker {
    func allocationCheck(_ count: Int, _ elementBytes: Int, _ loc: SourceLoc) throws(Trap) {
        let limit = m.pointee.maxAllocation
        let (bytes, o) = count.multipliedReportingOverflow(by: elementBytes)
        if count < 0 {
            throw Trap(id: "negative-count", message: "Can't construct Array with count < 0", loc: loc)
        }
        if o || bytes > limit {
            let size = o ? "more than \(Int.max) bytes" : ByteCount.format(bytes)
            throw Trap(id: "allocation-limit", message: "refusing to allocate \(size) for \(count) elements (the limit for one allocation is \(ByteCount.format(limit)))", loc: loc)
        }
    }

    /// `T(...)` for a type `T`.
    func checkInitializer(_ t: QType, _ args: [Argument], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if case .structure(let s) = t {
            if let declared = try declaredInitializerCall(s, args, at: loc) { return declared }
            return try structInitializer(s, args, at: loc)
        }
        if case .enumeration(let e) = t {
            if let declared = try declaredInitializerCall(e, args, at: loc) { return declared }
            return try enumInitializer(e, args, at: loc)
        }
        if t.isOtherNumber || ((t == .int || t == .double) && ["truncatingIfNeeded", "clamping", "exactly"].contains(args.first?.label)) {
            if let n = try otherNumberInitializer(t, args, at: loc) { return n }
            if t.isOtherNumber { throw error("no-initializer", "no exact matches in call to initializer of '\(t)'", at: loc) }
        }
        let ls = labels(args)
        switch (t, ls) {
        case (.int, [nil]):
            let x = try check(args[0].value, expected: nil)
            switch x.type {
            case .int: return x
            case .double:
                let g = x.code.double
                return Typed(.int, .int { fp throws(Trap) in try Conversions.doubleToInt(try g(fp), loc) })
            case .string, .sequence(.substring, _):
                let g = x.code.value
                return Typed(.optional(.int), .value { fp throws(Trap) in Int(try g(fp).string).map { .int($0) } ?? .none })
            case .fixedWidth, .float:
                return try otherNumberInitializer(.int, args, checked: x, at: loc)!
            default:
                throw error("no-initializer", "no exact matches in call to initializer of 'Int' with an argument of type '\(x.type)'", at: loc)
            }
        case (.int, [nil, "radix"]):
            let s = try check(args[0].value, as: .string, context: .argument).code.value
            let r = try check(args[1].value, as: .int, context: .argument).code.int
            return Typed(.optional(.int), .value { fp throws(Trap) in
                let str = try s(fp).string, radix = try r(fp)
                guard (2...36).contains(radix) else { throw Trap(id: "invalid-radix", message: "Radix must be between 2 and 36", loc: loc) }
                return Int(str, radix: radix).map { .int($0) } ?? .none
            })
        case (.double, [nil]):
            // A bare literal is a Double literal (SE-0213); any other expression is typed on its
            // own, so `Double(10 / 4)` divides Ints (2.0), as Swift's overload ranking decides.
            let x = try check(args[0].value, expected: isBareNumberLiteral(args[0].value) ? .double : nil)
            switch x.type {
            case .double: return x
            case .int:
                let g = x.code.int
                return Typed(.double, .double { fp throws(Trap) in Double(try g(fp)) })
            case .string, .sequence(.substring, _):
                let g = x.code.value
                return Typed(.optional(.double), .value { fp throws(Trap) in Double(try g(fp).string).map { .double($0) } ?? .none })
            case .fixedWidth, .float:
                return try otherNumberInitializer(.double, args, checked: x, at: loc)!
            default:
                throw error("no-initializer", "no exact matches in call to initializer of 'Double' with an argument of type '\(x.type)'", at: loc)
            }
        case (.bool, [nil]):
            let x = try check(args[0].value, as: .string, context: .argument).code.value
            return Typed(.optional(.bool), .value { fp throws(Trap) in Bool(try x(fp).string).map { .bool($0) } ?? .none })
        case (.character, [nil]):
            let x = try check(args[0].value, expected: .character)
            if x.type == .character { return x }
            guard x.type == .string else { throw error("no-initializer", "no exact matches in call to initializer of 'Character'", at: loc) }
            let g = x.code.value
            return Typed(.character, .value { fp throws(Trap) in
                let s = try g(fp).string
                guard s.count == 1, let c = s.first else {
                    throw Trap(id: "invalid-character", message: "Can't form a Character from a String containing more than one extended grapheme cluster", loc: loc)
                }
                return .character(c)
            })
        case (.string, _):
            return try checkStringInitializer(args, at: loc)
        case (.array(let e), []):
            return Typed(.array(e), .constant(.array([])))
        case (.array(let e), ["repeating", "count"]):
            return try repeatingArray(e, args, at: loc)
        case (.array(let e), [nil]):
            let s = try check(args[0].value)
            guard let se = s.type.elementType, se == e else {
                throw error("type-mismatch", "cannot convert value of type '\(s.type)' to expected argument type '[\(e)]'", at: args[0].value.loc)
            }
            return Typed(.array(e), .value(sequenceCode(s, at: loc)))
        case (.dictionary(let k, let v), []):
            return Typed(.dictionary(k, v), .constant(.dictionary(DictionaryValue())))
        case (.native(let id), _):
            if let desc = library.type(id), !desc.initializers.isEmpty {
                return try callNativeOverloads(desc.initializers, args, receiver: nil, at: loc, what: id.name, kind: .initializer)
            }
        default:
            break
        }
        throw error("no-initializer", "no exact matches in call to initializer of '\(t)'", at: loc)
    }

    func repeatingArray(_ e: QType?, _ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let x = try check(args[0].value, expected: e)
        let element = e ?? x.type
        let v = try convert(x, to: element, context: .argument, at: args[0].value.loc).code.value
        let n = try check(args[1].value, as: .int, context: .argument).code.int
        let stride = MemoryLayout<Value>.stride
        return Typed(.array(element), .value { fp throws(Trap) in
            let value = try v(fp), count = try n(fp)
            try self.allocationCheck(count, stride, loc)
            return .array(Array(repeating: value, count: count))
        })
    }

    /// `Array(...)`, `Dictionary(...)` without written element types.
    func checkGenericInitializer(_ name: String, _ args: [Argument], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        switch (name, labels(args)) {
        case ("Array", ["repeating", "count"]):
            var e: QType?
            if case .array(let x)? = expected { e = x }
            return try repeatingArray(e, args, at: loc)
        case ("Array", [nil]):
            let s = try check(args[0].value)
            guard let e = s.type.elementType else {
                throw error("type-mismatch", "'Array' needs a sequence, not '\(s.type)'", at: args[0].value.loc)
            }
            return Typed(.array(e), .value(sequenceCode(s, at: loc)))
        case ("Dictionary", ["uniqueKeysWithValues"]):
            // Pairs from any sequence of 2-tuples; a repeated key traps, as Swift's does.
            var want: QType?
            if case .dictionary(let k, let v)? = expected?.optionalWrappedOrSelf {
                want = .array(.tuple([.init(label: nil, type: k), .init(label: nil, type: v)]))
            }
            let s = try check(args[0].value, expected: want)
            guard case .tuple(let fields)? = s.type.elementType, fields.count == 2, fields[0].type.isHashable else {
                throw error("type-mismatch", "'Dictionary(uniqueKeysWithValues:)' needs a sequence of (key, value) pairs with a Hashable key, not '\(s.type)'", at: args[0].value.loc)
            }
            let k = fields[0].type, v = fields[1].type
            let pairs = sequenceCode(s, at: loc)
            let lib = library
            return Typed(.dictionary(k, v), .value { fp throws(Trap) in
                var d = DictionaryValue()
                for p in try pairs(fp).array {
                    let kv = p.tuple
                    if d.find(kv[0]) != nil {
                        throw Trap(id: "duplicate-key", message: "Duplicate values for key: '\(try Describe.description(kv[0], k, library: lib))'", loc: loc)
                    }
                    d.set(kv[0], kv[1])
                }
                return .dictionary(d)
            })
        case ("Array", []), ("Dictionary", []):
            if let expected, case .array = expected { return try checkInitializer(expected, args, expected: expected, at: loc) }
            if let expected, case .dictionary = expected { return try checkInitializer(expected, args, expected: expected, at: loc) }
            throw error("generic-parameter", "generic parameter 'Element' could not be inferred", at: loc)
        default:
            throw unsupported("'\(name)(\(args.map { ($0.label ?? "_") + ":" }.joined()))'", at: loc)
        }
    }

    func checkStringInitializer(_ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let lib = library
        switch labels(args) {
        case ["reflecting"]:
            let x = try check(args[0].value)
            try requirePrintable(x.type, at: args[0].value.loc)
            let g = x.code.value, t = x.type
            return Typed(.string, .value { fp throws(Trap) in .string(try Describe.debugDescription(try g(fp), t, library: lib)) })
        case [nil], ["describing"]:
            let x = try check(args[0].value)
            if x.type == .string { return x }
            if let e = x.type.elementType, e == .character, x.type != .string {
                if case .dictionary = x.type {} else {
                    let g = sequenceCode(x, at: loc)
                    return Typed(.string, .value { fp throws(Trap) in .string(String(try g(fp).array.map(\.character))) })
                }
            }
            try requirePrintable(x.type, at: args[0].value.loc)
            if x.type == .float {
                let d = x.code.value
                return Typed(.string, .value { fp throws(Trap) in .string(Float(try d(fp).double).description) })
            }
            if x.type == .double {
                // `String(x)` is a Double's `description`: "nan" whatever the sign (print writes "-nan").
                let d = x.code.double
                return Typed(.string, .value { fp throws(Trap) in .string(try d(fp).description) })
            }
            let g = x.code.value, t = x.type
            return Typed(.string, .value { fp throws(Trap) in .string(try Describe.description(try g(fp), t, library: lib)) })
        case [nil, "radix"], [nil, "radix", "uppercase"]:
            let n = try check(args[0].value, as: .int, context: .argument).code.int
            let r = try check(args[1].value, as: .int, context: .argument).code.int
            let up = try args.count > 2 ? check(args[2].value, as: .bool, context: .argument).code.bool : { _ in false }
            return Typed(.string, .value { fp throws(Trap) in
                let v = try n(fp), radix = try r(fp)
                guard (2...36).contains(radix) else { throw Trap(id: "invalid-radix", message: "Radix must be between 2 and 36", loc: loc) }
                return .string(String(v, radix: radix, uppercase: try up(fp)))
            })
        case ["repeating", "count"]:
            let x = try check(args[0].value, expected: .string)
            guard x.type == .string || x.type == .character else {
                throw error("type-mismatch", "cannot convert value of type '\(x.type)' to expected argument type 'String'", at: args[0].value.loc)
            }
            let g = x.code.value
            let n = try check(args[1].value, as: .int, context: .argument).code.int
            return Typed(.string, .value { fp throws(Trap) in
                let v = try g(fp), count = try n(fp)
                let s = (v.characterValue.map { String($0) }) ?? v.string
                try self.allocationCheck(count, max(1, s.utf8.count), loc)
                return .string(String(repeating: s, count: count))
            })
        default:
            if args.first?.label == "format" {
                try requireFoundation("String(format:)", at: loc, message: "'String(format:)' needs Foundation")
                return try checkStringFormat(args, at: loc)
            }
            throw error("no-initializer", "no exact matches in call to initializer of 'String'", at: loc)
        }
    }

    func checkStringFormat(_ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let fmt = try check(args[0].value, as: .string, context: .argument).code.value
        var items: [(ValueCode, QType)] = []
        for a in args.dropFirst() {
            if let l = a.label { throw error("argument-label", "extraneous argument label '\(l):' in call", at: a.loc) }
            let t = try check(a.value)
            guard [.int, .double, .string].contains(t.type) else {
                throw unsupported("format arguments of type '\(t.type)'", at: a.value.loc)
            }
            items.append((t.code.value, t.type))
        }
        let all = items
        return Typed(.string, .value { fp throws(Trap) in
            let f = try fmt(fp).string
            var cargs: [any CVarArg] = []
            for (c, t) in all {
                let v = try c(fp)
                switch t {
                case .int: cargs.append(v.int)
                case .double: cargs.append(v.double)
                default: cargs.append(v.string)
                }
            }
            try Conversions.validateFormat(f, all.map(\.1), loc)
            return .string(String(format: f, arguments: cargs))
        })
    }
}

extension Value {
    var characterValue: Character? {
        if case .character(let c) = self { return c }
        return nil
    }
}

enum ByteCount {
    static func format(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var v = Double(bytes)
        var u = 0
        while v >= 1024 && u < units.count - 1 {
            v /= 1024
            u += 1
        }
        return u == 0 ? "\(bytes) bytes" : String(format: "%.1f %@", v, units[u])
    }
}
