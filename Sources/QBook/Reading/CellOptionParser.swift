/// Reads the `//| key: value` lines at the top of a cell. Every mistake is an error located at
/// the offending key or value: an unknown option is never silently ignored.
struct CellOptionParser {
    let path: String

    struct Parsed {
        var options: CellOptions
        /// How many lines at the top of the cell hold options.
        var lineCount: Int
        /// Where each key was written, for later diagnostics (duplicate labels, exercises).
        var keyPositions: [String: SourcePosition]
    }

    /// Reads every option line; bad ones become `problems` and the good ones still count (so a
    /// label next to a typo is still known when checking that labels are unique).
    func parse(lines: [Substring], position: (_ line: Int, _ column: Int) -> SourcePosition)
        -> (Parsed, problems: [SourceDiagnostic])
    {
        var options = CellOptions()
        var problems: [SourceDiagnostic] = []
        var seen: [String: SourcePosition] = [:]
        var count = 0
        for (index, line) in lines.enumerated() {
            let indent = line.prefix(while: \.isSpaceOrTab).count
            let body = line.dropFirst(indent)
            guard body.hasPrefix("//|") else { break }
            count = index + 1
            let afterMarker = body.dropFirst(3)
            let keyStart = indent + 3 + afterMarker.prefix { $0 == " " }.count
            let rest = afterMarker.drop { $0 == " " }
            guard let colon = rest.firstIndex(of: ":") else {
                problems.append(error("cell-option-syntax", "a cell option is written '//| key: value'",
                                      at: position(index + 1, keyStart + 1)))
                continue
            }
            let key = String(rest[..<colon]).trimmingSpaces()
            let rawValue = rest[rest.index(after: colon)...]
            let value = String(rawValue).trimmingSpaces()
            let valueColumn = keyStart + rest.distance(from: rest.startIndex, to: colon) + 1
                + rawValue.prefix(while: \.isSpaceOrTab).count + 1
            let keyPosition = position(index + 1, keyStart + 1)
            let valuePosition = position(index + 1, valueColumn)
            if let first = seen[key], key != "hint" {
                problems.append(error("cell-option-duplicate", "cell option '\(key)' is given twice", at: keyPosition,
                                      notes: [.init(message: "first given here", position: first)]))
                continue
            }
            seen[key] = keyPosition
            do throws(SourceDiagnostic) {
                try apply(key: key, value: value, to: &options, keyAt: keyPosition, valueAt: valuePosition)
            } catch {
                problems.append(error)
            }
        }
        let roles = [options.exercise, options.check, options.solution, options.alternative, options.mutant].compactMap { $0 }
        if roles.count > 1, let first = seen["exercise"] ?? seen["check"] ?? seen["solution"] ?? seen["alternative"] {
            problems.append(error("cell-option-conflict",
                                  "a cell is an exercise, a check, a solution, an alternative or a mutant: give only one of these options",
                                  at: first))
        }
        return (Parsed(options: options, lineCount: count, keyPositions: seen), problems)
    }

    private func apply(key: String, value: String, to options: inout CellOptions,
                       keyAt: SourcePosition, valueAt: SourcePosition) throws(SourceDiagnostic) {
        switch key {
        case "label": options.label = try identifier(value, key: key, at: valueAt)
        case "exercise": options.exercise = try identifier(value, key: key, at: valueAt)
        case "check": options.check = try identifier(value, key: key, at: valueAt)
        case "solution": options.solution = try identifier(value, key: key, at: valueAt)
        case "alternative": options.alternative = try identifier(value, key: key, at: valueAt)
        case "mutant": options.mutant = try identifier(value, key: key, at: valueAt)
        case "hint":
            if value.isEmpty { throw error("cell-option-value", "'hint' needs the hint's text", at: valueAt) }
            options.hints.append(value)
        case "echo": options.echo = try boolean(value, key: key, at: valueAt)
        case "output": options.output = try boolean(value, key: key, at: valueAt)
        case "eval": options.eval = try boolean(value, key: key, at: valueAt)
        case "expect-error": options.expectError = try boolean(value, key: key, at: valueAt)
        case "timeout":
            guard let seconds = Double(value), seconds.isFinite, seconds > 0, seconds <= 3600 else {
                throw error("cell-option-value", "'timeout' must be a number of seconds above 0 and at most 3600, not '\(value)'",
                            at: valueAt)
            }
            options.timeout = seconds
        case "memory":
            guard let bytes = CellOptionParser.byteCount(value) else {
                throw error("cell-option-value", "'memory' must be an amount such as 512MB, 20GB or 16GiB, not '\(value)'", at: valueAt)
            }
            options.memory = bytes
        default:
            let names = CellOptions.keys.map(\.key)
            var notes: [SourceDiagnostic.Note] = []
            if let near = Suggestion.closest(to: key, among: names) {
                notes.append(.init(message: "did you mean '\(near)'?"))
            }
            notes.append(.init(message: "known options: \(names.joined(separator: ", "))"))
            throw error("cell-option-unknown", "unknown cell option '\(key)'", at: keyAt, notes: notes)
        }
    }

    /// "20GB" (powers of 1000: KB MB GB TB), "16GiB" (powers of 1024: KiB MiB GiB TiB), or a
    /// plain number of bytes; positive and below 2^62.
    static func byteCount(_ text: String) -> Int? {
        let units: [(String, Double)] = [("KiB", 0x1p10), ("MiB", 0x1p20), ("GiB", 0x1p30), ("TiB", 0x1p40),
                                         ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12), ("B", 1)]
        var number = Substring(text)
        var scale = 1.0
        if let (unit, factor) = units.first(where: { text.hasSuffix($0.0) }) {
            number = text.dropLast(unit.count)
            scale = factor
        }
        guard let x = Double(number.trimmingCharacters(in: .whitespaces)), x.isFinite, x > 0 else { return nil }
        let bytes = (x * scale).rounded()
        guard bytes >= 1, bytes < 0x1p62 else { return nil }
        return Int(bytes)
    }

    private func boolean(_ value: String, key: String, at position: SourcePosition) throws(SourceDiagnostic) -> Bool {
        switch value {
        case "true": return true
        case "false": return false
        default:
            throw error("cell-option-value", "'\(key)' must be true or false, not '\(value)'", at: position)
        }
    }

    /// Labels and exercise ids: letters, digits, `-` and `_`, so they can name files and anchors.
    private func identifier(_ value: String, key: String, at position: SourcePosition) throws(SourceDiagnostic) -> String {
        let allowed = !value.isEmpty && value.allSatisfy { ($0.isLetter || $0.isNumber) && $0.isASCII || $0 == "-" || $0 == "_" }
        guard allowed else {
            throw error("cell-option-value",
                        "'\(key)' must be a name of letters, digits, '-' and '_', not '\(value)'", at: position)
        }
        return value
    }

    private func error(_ id: String, _ message: String, at position: SourcePosition,
                       notes: [SourceDiagnostic.Note] = []) -> SourceDiagnostic {
        SourceDiagnostic(id: id, message: message, path: path, position: position, notes: notes)
    }
}
