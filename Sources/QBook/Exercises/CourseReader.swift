import Foundation

/// Reads every tutorial of a folder, in course order (front matter `order`, then path), for the
/// exercise commands. Bad tutorials are reported on `console` and make the read fail.
struct CourseReader {
    var tutorialsDirectory: String

    func read(console: Console) -> [Tutorial]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: tutorialsDirectory) else {
            console.err("qbook: error: cannot read the tutorials folder '\(tutorialsDirectory)'\n")
            return nil
        }
        var tutorials: [Tutorial] = []
        var failed = false
        for name in names.filter({ $0.hasSuffix(".md") && !$0.hasPrefix(".") }).sorted() {
            let path = tutorialsDirectory.hasSuffix("/") ? tutorialsDirectory + name : tutorialsDirectory + "/" + name
            do throws(SourceDiagnostics) {
                tutorials.append(try TutorialReader().read(path: path))
            } catch {
                failed = true
                console.err(DiagnosticFormatter().format(error.diagnostics, source: error.source))
            }
        }
        if failed { return nil }
        return tutorials.sorted { ($0.frontMatter.order ?? Int.max, $0.path) < ($1.frontMatter.order ?? Int.max, $1.path) }
    }

    /// The code exercise `id`, or nil after saying which ids exist.
    func exercise(_ id: String, console: Console) -> CodeExercise? {
        guard let tutorials = read(console: console) else { return nil }
        let all = tutorials.flatMap(CodeExercise.all)
        if let found = all.first(where: { $0.id == id }) { return found }
        var message = "qbook: error: no code exercise '\(id)'"
        if let near = Suggestion.closest(to: id, among: all.map(\.id)) { message += "; did you mean '\(near)'?" }
        message += all.isEmpty ? " (the course has no code exercises)" : " (known: \(all.map(\.id).joined(separator: ", ")))"
        console.err(message + "\n")
        return nil
    }
}
