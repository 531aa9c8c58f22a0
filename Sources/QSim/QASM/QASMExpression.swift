/// A parameter expression of OpenQASM 2.0 (numbers, pi, gate parameters, + − * / ^, unary −,
/// sin cos tan exp ln sqrt), kept as a tree so gate definitions can be expanded later.
indirect enum QASMExpression {
    case number(Double)
    case variable(String, QASMToken)
    case negate(QASMExpression)
    case binary(String, QASMExpression, QASMExpression)
    case call(String, QASMExpression, QASMToken)

    func evaluate(_ env: [String: Double]) throws(QSimError) -> Double {
        switch self {
        case let .number(v): return v
        case let .variable(name, token):
            guard let v = env[name] else {
                throw .qasm(QASMError(line: token.line, column: token.column, message: "unknown parameter '\(name)'"))
            }
            return v
        case let .negate(e): return -(try e.evaluate(env))
        case let .binary(op, a, b):
            let x = try a.evaluate(env), y = try b.evaluate(env)
            switch op {
            case "+": return x + y
            case "-": return x - y
            case "*": return x * y
            case "/": return x / y
            default: return pow(x, y)
            }
        case let .call(f, e, _):
            let x = try e.evaluate(env)
            switch f {
            case "sin": return sin(x)
            case "cos": return cos(x)
            case "tan": return tan(x)
            case "exp": return exp(x)
            case "ln": return log(x)
            default: return x.squareRoot()
            }
        }
    }
}

extension QASMParser {
    /// expression := term (('+' | '-') term)*
    mutating func parseExpression() throws(QSimError) -> QASMExpression {
        var e = try parseTerm()
        while case let .symbol(s) = peek.kind, s == "+" || s == "-" {
            advance()
            e = .binary(s, e, try parseTerm())
        }
        return e
    }

    /// term := factor (('*' | '/') factor)*
    mutating func parseTerm() throws(QSimError) -> QASMExpression {
        var e = try parseFactor()
        while case let .symbol(s) = peek.kind, s == "*" || s == "/" {
            advance()
            e = .binary(s, e, try parseFactor())
        }
        return e
    }

    /// factor := unary ('^' factor)?   (right associative)
    mutating func parseFactor() throws(QSimError) -> QASMExpression {
        let base = try parseUnary()
        if case .symbol("^") = peek.kind {
            advance()
            return .binary("^", base, try parseFactor())
        }
        return base
    }

    mutating func parseUnary() throws(QSimError) -> QASMExpression {
        let token = peek
        switch token.kind {
        case .symbol("-"):
            advance()
            return .negate(try parseUnary())
        case .symbol("+"):
            advance()
            return try parseUnary()
        case let .integer(i):
            advance()
            return .number(Double(i))
        case let .real(d):
            advance()
            return .number(d)
        case .symbol("("):
            advance()
            let e = try parseExpression()
            try expect(")")
            return e
        case let .identifier(name):
            advance()
            if name == "pi" { return .number(Double.pi) }
            if ["sin", "cos", "tan", "exp", "ln", "sqrt"].contains(name) {
                try expect("(")
                let e = try parseExpression()
                try expect(")")
                return .call(name, e, token)
            }
            return .variable(name, token)
        default:
            throw error(at: token, "expected an expression, found '\(token.text)'")
        }
    }
}
