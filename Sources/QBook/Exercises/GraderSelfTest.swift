/// The graders' own test, for every code exercise: the reference solution and every listed
/// alternative must pass the check, the starter code and every listed mutant must fail it. A
/// check that accepts the starter, or rejects a right answer, is a bug in the course.
public struct GraderSelfTest: Sendable {
    public var grader: Grader

    public init(grader: Grader = Grader()) {
        self.grader = grader
    }

    /// One answer the self-test tried.
    public struct Trial: Sendable {
        public enum Role: String, Sendable { case starter, mutant, alternative, solution }
        public var role: Role
        public var cell: Cell
        public var grade: Grade

        /// Whether the check judged this answer as it should.
        public var asExpected: Bool {
            switch role {
            case .starter, .mutant: grade.verdict == .failed || grade.verdict == .answerFailed || grade.verdict == .checkFailed
            case .alternative, .solution: grade.passed
            }
        }
    }

    public struct Report: Sendable {
        public var exercise: CodeExercise
        public var trials: [Trial]
        /// The context failed: nothing was tried.
        public var contextFailure: [SourceDiagnostic]

        public var passed: Bool { contextFailure.isEmpty && trials.allSatisfy(\.asExpected) }
    }

    /// Tries every answer of `exercise`, wrong ones first (they run in one session after the
    /// context, so a right answer's declarations cannot rescue a wrong one).
    public func run(_ exercise: CodeExercise) -> Report {
        let context = grader.context(for: exercise)
        if !context.failure.isEmpty { return Report(exercise: exercise, trials: [], contextFailure: context.failure) }
        var trials: [Trial] = []
        let answers: [(Trial.Role, Cell)] = [(.starter, exercise.starter)] + exercise.mutants.map { (.mutant, $0) }
            + exercise.alternatives.map { (.alternative, $0) } + [(.solution, exercise.solution)]
        for (role, cell) in answers {
            let answer = Grader.Answer.cell(cell, of: exercise.tutorial)
            trials.append(Trial(role: role, cell: cell, grade: grader.grade(answer, in: context)))
        }
        return Report(exercise: exercise, trials: trials, contextFailure: [])
    }
}
