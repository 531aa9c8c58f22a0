/// One exercise of the course, prose or code, as `qbook exercises` lists it.
public struct CourseExercise: Sendable, Hashable {
    public enum Kind: String, Sendable { case prose, code }

    /// The code exercise's id (`//| exercise: ID`), or for a prose exercise the tutorial's file
    /// name and the exercise's number (`born-machines-1`).
    public var id: String
    public var title: String
    public var tutorialPath: String
    public var kind: Kind

    /// Every exercise of the tutorials, in course order.
    public static func all(in tutorials: [Tutorial]) -> [CourseExercise] {
        tutorials.flatMap { tutorial in
            tutorial.exercises.map { exercise in
                CourseExercise(id: exercise.codeID ?? "\(tutorial.stem)-\(exercise.number)", title: exercise.title,
                               tutorialPath: tutorial.path, kind: exercise.codeID == nil ? .prose : .code)
            }
        }
    }
}

extension Tutorial {
    /// The file name without its folder and extension: `born-machines` for tutorials/born-machines.md.
    var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
