/// What Swift's constraint solver charges a solution for its implicit conversions, compared
/// lexicographically in the order of Swift's `ScoreKind`: a literal typed other than by default
/// (`1` as a `Double`) weighs more than wrapping a value in an optional. Between overloads that
/// all type-check, the one with the smallest score wins; equal scores are an ambiguity.
struct OverloadScore: Comparable, CustomStringConvertible {
    var nonDefaultLiterals = 0
    var valueToOptional = 0
    /// Library values passed where one of their protocols is expected: an overload taking the
    /// concrete type wins over one taking the protocol, as in Swift.
    var toExistential = 0

    static func < (a: OverloadScore, b: OverloadScore) -> Bool {
        (a.nonDefaultLiterals, a.valueToOptional, a.toExistential) < (b.nonDefaultLiterals, b.valueToOptional, b.toExistential)
    }

    static func + (a: OverloadScore, b: OverloadScore) -> OverloadScore {
        OverloadScore(nonDefaultLiterals: a.nonDefaultLiterals + b.nonDefaultLiterals,
                      valueToOptional: a.valueToOptional + b.valueToOptional,
                      toExistential: a.toExistential + b.toExistential)
    }

    static let optionalPromotion = OverloadScore(valueToOptional: 1)

    static func literals(_ n: Int) -> OverloadScore { OverloadScore(nonDefaultLiterals: n) }

    var description: String { "(\(nonDefaultLiterals), \(valueToOptional), \(toExistential))" }
}

/// The result of checking something tentatively: its value and its score.
struct Trial<T> {
    var value: T
    var score: OverloadScore
}

extension Checker {
    /// Checks one alternative (an overload) without committing to it: the checker's state is as
    /// before afterwards. Nil when it does not type-check, including when checking it reported
    /// a diagnostic of its own (an error inside a closure argument). Slots it allocated stay
    /// allocated, which costs a little frame space and nothing else. An expression that checks
    /// changes no other state: operands and arguments initialise no variables.
    func attempt<T>(_ body: () throws(CheckError) -> T) -> Trial<T>? {
        let diagnosticCount = diagnostics.count, before = uninitialized, assigning = initializing, outerScore = score
        score = OverloadScore()
        defer {
            diagnostics.removeSubrange(diagnosticCount...)
            uninitialized = before
            initializing = assigning
            score = outerScore
        }
        guard let value = try? body(), diagnostics.count == diagnosticCount else { return nil }
        return Trial(value: value, score: score)
    }

    /// Swift's ranking between overloads whose labels fit the call: each candidate is checked
    /// tentatively; the lowest score wins; among equal scores, the most specific candidate
    /// (lowest `specificity`); candidates still tied are an ambiguity. When none type-checks,
    /// `noMatch` reports why.
    func bestOverload<C>(_ candidates: [C], specificity: (C) -> Int = { _ in 0 }, call: (C) throws(CheckError) -> Typed,
                         ambiguity: ([C]) -> CheckError, noMatch: () throws(CheckError) -> Typed) throws(CheckError) -> Typed {
        var viable: [(candidate: C, trial: Trial<Typed>)] = []
        for level in Set(candidates.map(specificity)).sorted() {
            // Nothing less specific can beat a candidate that checked at no cost (it would tie
            // and lose the tie), so it need not be checked at all.
            if viable.contains(where: { $0.trial.score == OverloadScore() }) { break }
            for c in candidates where specificity(c) == level {
                if let t = attempt({ () throws(CheckError) in try call(c) }) { viable.append((c, t)) }
            }
        }
        guard let best = viable.map(\.trial.score).min() else { return try noMatch() }
        let scored = viable.filter { $0.trial.score == best }
        let mostSpecific = scored.map { specificity($0.candidate) }.min()!
        let winners = scored.filter { specificity($0.candidate) == mostSpecific }
        if winners.count > 1 { throw ambiguity(winners.map(\.candidate)) }
        return commit(winners[0].trial)
    }

    /// Takes a trial's value as if it had been checked directly (its score counts).
    func commit<T>(_ trial: Trial<T>) -> T {
        score = score + trial.score
        return trial.value
    }
}
