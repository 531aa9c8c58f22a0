import Foundation

/// A code exercise with everything the grader needs: the cells that run before it (its
/// context), the starter code, the hidden check, the reference solution, the author's
/// alternative solutions and deliberate mistakes (mutants), and the hints in order.
public struct CodeExercise: Sendable {
    public var id: String
    public var title: String
    public var tutorial: Tutorial
    /// The prose of the exercise's section, from its heading to the starter cell (Markdown).
    public var prompt: String
    public var starter: Cell
    public var check: Cell
    public var solution: Cell
    public var alternatives: [Cell]
    public var mutants: [Cell]
    public var hints: [String]
    /// The cells a run of the tutorial runs before the starter cell, in order.
    public var context: [Cell]

    /// The code exercises of a tutorial, in order (its reader has checked that each id has one
    /// starter, one check and one solution).
    public static func all(in tutorial: Tutorial) -> [CodeExercise] {
        tutorial.exercises.compactMap { exercise in
            guard let id = exercise.codeID else { return nil }
            let cells = tutorial.cells.filter { $0.options.exerciseID == id }
            guard let starter = cells.first(where: { $0.options.exercise != nil }),
                  let check = cells.first(where: { $0.options.check != nil }),
                  let solution = cells.first(where: { $0.options.solution != nil }) else { return nil }
            let context = tutorial.cells.filter {
                $0.index < starter.index && $0.options.eval && $0.options.exerciseID == nil
            }
            let lines = tutorial.source.lines
            let promptLines = (exercise.heading.end.line)..<max(exercise.heading.end.line, starter.range.start.line - 1)
            let prompt = promptLines.map { lines[$0] }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            return CodeExercise(
                id: id, title: exercise.title, tutorial: tutorial, prompt: prompt,
                starter: starter, check: check, solution: solution,
                alternatives: cells.filter { $0.options.alternative != nil },
                mutants: cells.filter { $0.options.mutant != nil },
                hints: cells.flatMap(\.options.hints), context: context)
        }
    }

    /// A cell's code without its `//|` option lines: what a learner sees and edits.
    static func code(of cell: Cell) -> String {
        var lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(cell.optionLineCount)
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
