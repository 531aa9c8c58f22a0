/// Finds the exercises of a tutorial: under a `## Exercises` heading, each `###` heading starts
/// one, which lasts until the next heading of level 3 or less. Also checks the code exercises:
/// each id needs one starter (`exercise`), one `check` and one `solution` cell.
struct ExerciseCollector {
    let source: SourceText
    let cells: [Cell]

    func collect(_ document: MarkdownNode, problems: inout [SourceDiagnostic]) -> [Exercise] {
        var exercises: [Exercise] = []
        var inSection = false
        var current: Exercise?
        var answerOpen = false  // inside <details> ... </details> of the current exercise
        var ranges: [(Int, ClosedRange<Int>)] = []  // exercise index -> lines it covers

        func finish(before line: Int) {
            guard let exercise = current else { return }
            ranges.append((exercises.count, exercise.heading.start.line...max(exercise.heading.start.line, line - 1)))
            exercises.append(exercise)
            current = nil
            answerOpen = false
        }

        for block in document.children {
            guard let range = block.range else { continue }
            if block.kind == .heading, let level = block.level {
                if level <= 3 { finish(before: range.start.line) }
                if level <= 2 {
                    inSection = level == 2 && block.plainText.trimmingSpaces().lowercased() == "exercises"
                } else if level == 3, inSection {
                    current = Exercise(number: exercises.count + 1, title: block.plainText.trimmingSpaces(),
                                       heading: range, answer: nil, cellIndices: [], codeID: nil)
                }
                continue
            }
            guard var exercise = current, block.kind == .htmlBlock, let html = block.literal?.lowercased() else { continue }
            if exercise.answer == nil, html.drop(while: { $0 == " " }).hasPrefix("<details") {
                exercise.answer = range
                answerOpen = !html.contains("</details>")
            } else if answerOpen, let answer = exercise.answer, html.contains("</details>") {
                exercise.answer = SourceRange(start: answer.start, end: range.end)
                answerOpen = false
            }
            current = exercise
        }
        finish(before: source.lines.count + 1)

        for (index, lines) in ranges {
            let inside = cells.filter { lines.contains($0.range.start.line) }
            exercises[index].cellIndices = inside.map(\.index)
            exercises[index].codeID = inside.compactMap(\.options.exerciseID).first
        }
        problems += checkCodeExercises()
        return exercises
    }

    /// Every code-exercise id must have exactly one starter, one check and one solution cell.
    private func checkCodeExercises() -> [SourceDiagnostic] {
        var problems: [SourceDiagnostic] = []
        var byID: [String: [(role: String, cell: Cell)]] = [:]
        var order: [String] = []
        for cell in cells {
            for (role, id) in [("exercise", cell.options.exercise), ("check", cell.options.check),
                               ("solution", cell.options.solution), ("alternative", cell.options.alternative),
                               ("mutant", cell.options.mutant)] {
                guard let id else { continue }
                if byID[id] == nil { order.append(id) }
                byID[id, default: []].append((role, cell))
            }
        }
        for id in order {
            let entries = byID[id]!
            let first = entries[0]
            for role in ["exercise", "check", "solution"] {
                let withRole = entries.filter { $0.role == role }
                if withRole.isEmpty {
                    problems.append(SourceDiagnostic(
                        id: "exercise-incomplete",
                        message: "exercise '\(id)' has no '\(role)' cell: a code exercise needs '//| exercise: \(id)', '//| check: \(id)' and '//| solution: \(id)' cells",
                        path: source.path, position: position(of: first.role, in: first.cell)))
                }
                for extra in withRole.dropFirst() {
                    problems.append(SourceDiagnostic(
                        id: "exercise-duplicate", message: "exercise '\(id)' has more than one '\(role)' cell",
                        path: source.path, position: position(of: role, in: extra.cell),
                        notes: [.init(message: "first '\(role)' cell here", position: position(of: role, in: withRole[0].cell))]))
                }
            }
        }
        return problems
    }

    private func position(of key: String, in cell: Cell) -> SourcePosition {
        cell.optionPositions[key] ?? cell.range.start
    }
}
