import Foundation

extension Checker {
    /// Free functions of Swift's standard library and Foundation that cells may call.
    func checkBuiltinCall(_ name: String, _ args: [Argument], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed? {
        if let overloads = library.functions[name] {
            return try callNativeOverloads(overloads, args, receiver: nil, at: loc, what: name, kind: .function)
        }
        switch name {
        case "print":
            return try checkPrint(args, at: loc)
        case "debugPrint":
            return try checkPrint(args, debug: true, at: loc)
        case "show":
            return try checkShow(args, at: loc)
        case "Optional":
            // `Optional(x)`: the value itself, typed as an optional (`.some(x)` is `x` here).
            let f = try unlabeled(args, count: 1, name: name, at: loc)
            let x = try check(f[0], expected: expected?.optionalWrapped)
            if x.type.optionalWrapped != nil { throw unsupported("nested optionals", at: loc) }
            return Typed(.optional(x.type), .value(x.code.value))
        case "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
             "floor", "ceil", "round", "trunc", "exp2", "cbrt", "log1p", "expm1":
            try requireFoundation(name, mathOnly: true, at: loc)
            let f = try unlabeled(args, count: 1, name: name, at: loc)
            let t = try check(f[0], expected: .double)
            if t.type == .float, let op = MathFunctions.unaryFloat[name] {
                // The `Float` overload (the C library's `sinf`, ...), as compiled Swift calls it.
                let x = t.code.value
                return Typed(.float, .value { fp throws(Trap) in .double(Double(op(Float(try x(fp).double)))) })
            }
            let x = try convert(t, to: .double, context: .argument, at: f[0].loc).code.double
            let op = MathFunctions.unary[name]!
            return Typed(.double, .double { fp throws(Trap) in op(try x(fp)) })
        case "pow", "atan2", "hypot", "fmod":
            try requireFoundation(name, mathOnly: true, at: loc)
            let f = try unlabeled(args, count: 2, name: name, at: loc)
            if name == "pow", literalKind(f[0]) != nil, literalKind(f[1]) == .int || (literalKind(f[1]) == nil && (try? check(f[1]))?.type == .int) {
                // Foundation's `pow(Decimal, Int)` wins here in Swift, and prints a Decimal.
                throw unsupported("'pow' on Decimal (Swift picks Foundation's 'pow(Decimal, Int)' for these arguments; write 'pow(2.0, 3.0)')", at: loc)
            }
            var first = try check(f[0], expected: .double)
            var second = try check(f[1], expected: .double)
            if first.type == .float || second.type == .float, let op = MathFunctions.binaryFloat[name] {
                // The `Float` overload: a literal beside a `Float` is a `Float` (checked again,
                // which a literal allows).
                if literalKind(f[0]) != nil { first = try check(f[0], expected: .float) }
                if literalKind(f[1]) != nil { second = try check(f[1], expected: .float) }
                let a = try convert(first, to: .float, context: .argument, at: f[0].loc).code.value
                let b = try convert(second, to: .float, context: .argument, at: f[1].loc).code.value
                return Typed(.float, .value { fp throws(Trap) in .double(Double(op(Float(try a(fp).double), Float(try b(fp).double)))) })
            }
            let x = try convert(first, to: .double, context: .argument, at: f[0].loc).code.double
            let y = try convert(second, to: .double, context: .argument, at: f[1].loc).code.double
            let op = MathFunctions.binary[name]!
            return Typed(.double, .double { fp throws(Trap) in op(try x(fp), try y(fp)) })
        case "abs":
            let f = try unlabeled(args, count: 1, name: name, at: loc)
            let t = try check(f[0], expected: expected)
            switch t.type {
            case .int:
                let x = t.code.int
                return Typed(.int, .int { fp throws(Trap) in
                    let v = try x(fp)
                    if v == .min { throw Arithmetic.overflow("abs", loc) }
                    return Swift.abs(v)
                })
            case .double:
                let x = t.code.double
                return Typed(.double, .double { fp throws(Trap) in Swift.abs(try x(fp)) })
            default:
                throw error("type-mismatch", "global function 'abs' requires that '\(t.type)' conform to 'Comparable' and 'SignedNumeric'", at: f[0].loc)
            }
        case "min", "max":
            return try checkMinMax(name, args, expected: expected, at: loc)
        case "zip":
            let f = try unlabeled(args, count: 2, name: name, at: loc)
            let a = try check(f[0]), b = try check(f[1])
            guard let ea = a.type.elementType, let eb = b.type.elementType else {
                throw error("not-sequence", "global function 'zip' requires that its arguments conform to 'Sequence'", at: f[0].loc)
            }
            let xa = Sequences.elements(a.type, m, loc), xb = Sequences.elements(b.type, m, loc)
            let ca = a.code.value, cb = b.code.value
            let element = QType.tuple([.init(label: nil, type: ea), .init(label: nil, type: eb)])
            let plain: (QType) -> Bool = { t in
                switch t {
                case .array, .string, .range: true
                default: false
                }
            }
            let printable = plain(a.type) && plain(b.type)
            let t: QType = printable ? .wrapper(.zip, element, [a.type, b.type]) : .sequence(.lazy, element)
            return Typed(t, .value { fp throws(Trap) in
                let u = try ca(fp), v = try cb(fp)
                let p = try xa(u), q = try xb(v)
                let n = Swift.min(p.count, q.count)
                var out: [Value] = []
                out.reserveCapacity(n)
                for i in 0..<n { out.append(.tuple([p[i], q[i]])) }
                return printable ? .tuple([.array(out), u, v]) : .array(out)
            })
        case "stride":
            return try checkStride(args, at: loc)
        case "fatalError", "preconditionFailure":
            let msg = try args.isEmpty ? nil : check(args[0].value, as: .string, context: .argument).code.value
            return Typed(.void, .value { fp throws(Trap) in
                let text = try msg.map { (m) throws(Trap) in try m(fp).string } ?? ""
                throw Trap(id: "fatal-error", message: "Fatal error" + (text.isEmpty ? "" : ": \(text)"), loc: loc)
            })
        case "precondition", "assert":
            guard !args.isEmpty else { throw error("argument-count", "missing argument for parameter #1 in call", at: loc) }
            let cond = try check(args[0].value, as: .bool, context: .argument).code.bool
            let msg = try args.count > 1 ? check(args[1].value, as: .string, context: .argument).code.value : nil
            let kind = name == "assert" ? "Assertion failed" : "Precondition failed"
            return Typed(.void, .value { fp throws(Trap) in
                if try cond(fp) { return .void }
                let text = try msg.map { (m) throws(Trap) in try m(fp).string } ?? ""
                throw Trap(id: "assertion", message: kind + (text.isEmpty ? "" : ": \(text)"), loc: loc)
            })
        case "readLine", "type", "dump", "swap", "repeatElement", "sequence", "withUnsafePointer", "DispatchQueue", "Task", "exit", "sleep", "usleep", "arc4random", "random":
            throw unsupported("'\(name)'", at: loc)
        default:
            return nil
        }
    }

    /// Requires exactly `count` unlabelled arguments.
    func unlabeled(_ args: [Argument], count: Int, name: String, at loc: SourceLoc) throws(CheckError) -> [Expr] {
        if let l = args.first(where: { $0.label != nil }) {
            throw error("argument-label", "extraneous argument label '\(l.label!):' in call", at: l.loc)
        }
        if args.count < count { throw error("argument-count", "missing argument for parameter #\(args.count + 1) in call", at: loc) }
        if args.count > count { throw error("argument-count", "extra argument in call", at: args[count].loc) }
        return args.map(\.value)
    }

    /// `print`, or `debugPrint` (`debug`: each item's debug description, `"a"` for a string).
    func checkPrint(_ args: [Argument], debug: Bool = false, at loc: SourceLoc) throws(CheckError) -> Typed {
        var items: [(ValueCode, QType)] = []
        var separator: ValueCode?
        var terminator: ValueCode?
        for a in args {
            switch a.label {
            case nil:
                if case .prefix("-", let inner) = a.value.kind, case .paren(let x) = inner.kind, case .binary = x.kind, literalKind(x) != nil {
                    // Swift cannot pick a type for this literal expression when the parameter is `Any`.
                    throw error("ambiguous-operator", "ambiguous use of operator '-'", at: a.value.loc)
                }
                if separator != nil || terminator != nil {
                    throw error("argument-order", "unnamed argument must precede argument 'separator'", at: a.loc)
                }
                let t = try check(a.value)
                try requirePrintable(t.type, at: a.value.loc)
                if t.type == .void, case .call = a.value.kind {} else if case .metatype = t.type {
                    throw unsupported("printing types", at: a.value.loc)
                }
                items.append((t.code.value, t.type))
            case "separator":
                if terminator != nil { throw error("argument-order", "argument 'separator' must precede argument 'terminator'", at: a.loc) }
                separator = try check(a.value, as: .string, context: .argument).code.value
            case "terminator":
                terminator = try check(a.value, as: .string, context: .argument).code.value
            default:
                throw error("argument-label", "incorrect argument label in call (have '\(a.label!):', expected 'separator:')", at: a.loc)
            }
        }
        let lib = library
        let out = machine.output
        let compiled = items
        return Typed(.void, .value { fp throws(Trap) in
            var s = ""
            let sep = try separator.map { (c) throws(Trap) in try c(fp).string } ?? " "
            for (i, (code, type)) in compiled.enumerated() {
                if i > 0 { s += sep }
                s += debug ? try Describe.debugDescription(try code(fp), type, library: lib) : try Describe.description(try code(fp), type, library: lib)
            }
            s += try terminator.map { (c) throws(Trap) in try c(fp).string } ?? "\n"
            out.write(s)
            return .void
        })
    }

    func checkShow(_ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        let f = try unlabeled(args, count: 1, name: "show", at: loc)
        let t = try check(f[0])
        try requirePrintable(t.type, at: f[0].loc)
        let code = t.code.value
        let lib = library
        let out = machine.output
        let type = t.type
        return Typed(.void, .value { fp throws(Trap) in
            out.append(try lib.display(try code(fp), type))
            return .void
        })
    }

    func checkMinMax(_ name: String, _ args: [Argument], expected: QType?, at loc: SourceLoc) throws(CheckError) -> Typed {
        if let l = args.first(where: { $0.label != nil }) {
            throw error("argument-label", "extraneous argument label '\(l.label!):' in call", at: l.loc)
        }
        guard args.count >= 2 else {
            throw error("argument-count", "missing argument for parameter #\(args.count + 1) in call", at: loc)
        }
        var type: QType? = expected?.numericBase
        if type == nil {
            let kinds = args.map { literalKind($0.value) }
            if kinds.allSatisfy({ $0 != nil }) {
                type = kinds.contains(.double) ? .double : .int
            } else if let firstTyped = args.first(where: { literalKind($0.value) == nil }) {
                type = try check(firstTyped.value).type
            }
        }
        guard let t = type, t.isComparable else {
            throw error("type-mismatch", "global function '\(name)' requires that the arguments conform to 'Comparable'", at: loc)
        }
        var codes: [ValueCode] = []
        for a in args { codes.append(try check(a.value, as: t, context: .argument).code.value) }
        let less = Equality.less(t)
        let isMin = name == "min"
        if t == .int, codes.count == 2 {
            let a = Code.value(codes[0]).int, b = Code.value(codes[1]).int
            return Typed(.int, .int { fp throws(Trap) in
                let x = try a(fp), y = try b(fp)
                return isMin ? Swift.min(x, y) : Swift.max(x, y)
            })
        }
        if t == .double, codes.count == 2 {
            let a = Code.value(codes[0]).double, b = Code.value(codes[1]).double
            return Typed(.double, .double { fp throws(Trap) in
                let x = try a(fp), y = try b(fp)
                return isMin ? Swift.min(x, y) : Swift.max(x, y)
            })
        }
        return Typed(t, .make(t) { fp throws(Trap) in
            var best = try codes[0](fp)
            for c in codes.dropFirst() {
                let v = try c(fp)
                // Swift's min keeps the first of equal values; max keeps the last.
                if isMin ? less(v, best) : !less(v, best) { best = v }
            }
            return best
        })
    }

    func checkStride(_ args: [Argument], at loc: SourceLoc) throws(CheckError) -> Typed {
        guard args.count == 3, args[0].label == "from", args[2].label == "by",
              args[1].label == "to" || args[1].label == "through" else {
            throw error("argument-label", "stride takes 'from:', 'to:' or 'through:', and 'by:'", at: loc)
        }
        let through = args[1].label == "through"
        let allLiteral = args.allSatisfy { literalKind($0.value) != nil }
        var t: QType = .int
        if allLiteral {
            t = args.contains { literalKind($0.value) == .double } ? .double : .int
        } else if let typed = args.first(where: { literalKind($0.value) == nil }) {
            t = try check(typed.value).type
        }
        guard t.isNumeric else {
            throw error("type-mismatch", "cannot convert value of type '\(t)' to expected argument type 'Int'", at: loc)
        }
        let from = try check(args[0].value, as: t, context: .argument).code
        let to = try check(args[1].value, as: t, context: .argument).code
        let by = try check(args[2].value, as: t, context: .argument).code
        if t == .int {
            let a = from.int, b = to.int, c = by.int
            return Typed(.stride(.int, through: through), .value { fp throws(Trap) in
                let step = try c(fp)
                if step == 0 { throw Trap(id: "stride-zero", message: "Stride size must not be zero", loc: loc) }
                return .range(RangeValue(lower: try a(fp), upper: try b(fp), step: step, closed: through))
            })
        }
        let a = from.double, b = to.double, c = by.double
        return Typed(.stride(.double, through: through), .value { fp throws(Trap) in
            let x = try a(fp), y = try b(fp), step = try c(fp)
            if step == 0 { throw Trap(id: "stride-zero", message: "Stride size must not be zero", loc: loc) }
            return .doubleStride(DoubleStride(from: x, to: y, by: step, through: through))
        })
    }
}

enum MathFunctions {
    static let unary: [String: @Sendable (Double) -> Double] = [
        "sqrt": { Foundation.sqrt($0) }, "exp": { Foundation.exp($0) }, "log": { Foundation.log($0) },
        "log2": { Foundation.log2($0) }, "log10": { Foundation.log10($0) }, "sin": { Foundation.sin($0) },
        "cos": { Foundation.cos($0) }, "tan": { Foundation.tan($0) }, "asin": { Foundation.asin($0) },
        "acos": { Foundation.acos($0) }, "atan": { Foundation.atan($0) }, "sinh": { Foundation.sinh($0) },
        "cosh": { Foundation.cosh($0) }, "tanh": { Foundation.tanh($0) }, "floor": { Foundation.floor($0) },
        "ceil": { Foundation.ceil($0) }, "round": { Foundation.round($0) }, "trunc": { Foundation.trunc($0) },
        "exp2": { Foundation.exp2($0) }, "cbrt": { Foundation.cbrt($0) }, "log1p": { Foundation.log1p($0) },
        "expm1": { Foundation.expm1($0) },
    ]
    static let unaryFloat: [String: @Sendable (Float) -> Float] = [
        "sqrt": { Foundation.sqrt($0) }, "exp": { Foundation.exp($0) }, "log": { Foundation.log($0) },
        "log2": { Foundation.log2($0) }, "log10": { Foundation.log10($0) }, "sin": { Foundation.sin($0) },
        "cos": { Foundation.cos($0) }, "tan": { Foundation.tan($0) }, "asin": { Foundation.asin($0) },
        "acos": { Foundation.acos($0) }, "atan": { Foundation.atan($0) }, "sinh": { Foundation.sinh($0) },
        "cosh": { Foundation.cosh($0) }, "tanh": { Foundation.tanh($0) }, "floor": { Foundation.floor($0) },
        "ceil": { Foundation.ceil($0) }, "round": { Foundation.round($0) }, "trunc": { Foundation.trunc($0) },
        "exp2": { Foundation.exp2($0) }, "cbrt": { Foundation.cbrt($0) }, "log1p": { Foundation.log1p($0) },
        "expm1": { Foundation.expm1($0) },
    ]
    static let binaryFloat: [String: @Sendable (Float, Float) -> Float] = [
        "pow": { Foundation.pow($0, $1) }, "atan2": { Foundation.atan2($0, $1) },
        "hypot": { Foundation.hypot($0, $1) }, "fmod": { Foundation.fmod($0, $1) },
    ]
    static let binary: [String: @Sendable (Double, Double) -> Double] = [
        "pow": { Foundation.pow($0, $1) }, "atan2": { Foundation.atan2($0, $1) },
        "hypot": { Foundation.hypot($0, $1) }, "fmod": { Foundation.fmod($0, $1) },
    ]
}
