/// One `###` section under a tutorial's `## Exercises` heading.
public struct Exercise: Sendable, Hashable {
    /// 1-based, in the order of the tutorial.
    public var number: Int
    public var title: String
    /// The `###` heading.
    public var heading: SourceRange
    /// The `<details>` ... `</details>` blocks holding a prose answer, if there is one.
    public var answer: SourceRange?
    /// The cells inside this exercise's section.
    public var cellIndices: [Int]
    /// The id shared by the section's exercise, check and solution cells, for a code exercise.
    public var codeID: String?
}
