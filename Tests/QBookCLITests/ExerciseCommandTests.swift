import Foundation
import Testing

/// `qbook exercises`, `exercises init`, `check`, `hint` and `test`, end to end, as a learner and
/// an author use them, on a course of one tutorial with a prose and a code exercise.
@Suite struct ExerciseCommandTests {
    private func makeCourse(_ tutorial: String = "exercise-course.md") throws -> URL {
        let folder = try QbookProcess.scratchFolder()
        let tutorials = folder.appendingPathComponent("tutorials")
        try FileManager.default.createDirectory(at: tutorials, withIntermediateDirectories: true)
        try Data(contentsOf: QbookProcess.fixtures.appendingPathComponent(tutorial))
            .write(to: tutorials.appendingPathComponent("squares.md"))
        return folder
    }

    private func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

    @Test func listsEveryExerciseWithItsKindAndStatus() throws {
        let folder = try makeCourse()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = try QbookProcess.run(["exercises"], in: folder)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("squares-1       tutorials/squares.md  prose  not started"))
        #expect(list.stdout.contains("shifted-square  tutorials/squares.md  code   not started"))
        let json = try QbookProcess.run(["exercises", "--format", "json"], in: folder)
        let array = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(array == [["id": "squares-1", "tutorial": "tutorials/squares.md", "kind": "prose", "status": "not started"],
                          ["id": "shifted-square", "tutorial": "tutorials/squares.md", "kind": "code", "status": "not started"]])
    }

    @Test func aLearnerFailsTakesAHintAndPasses() throws {
        let folder = try makeCourse()
        defer { try? FileManager.default.removeItem(at: folder) }
        let initialised = try QbookProcess.run(["exercises", "init"], in: folder)
        #expect(initialised.status == 0 && initialised.stdout == "wrote    exercises/shifted-square.swift\n", "\(initialised)")
        let file = folder.appendingPathComponent("exercises/shifted-square.swift")
        let starter = try String(contentsOf: file, encoding: .utf8)
        #expect(starter.contains("// Exercise: Shifted square") && starter.contains("qbook check shifted-square"))
        #expect(starter.hasSuffix("func shiftedSquare(_ x: Double) -> Double {\n    return 0\n}\n"))
        #expect(!starter.contains("//|"))

        // The starter fails, with what it had and wanted and the check's hint.
        let first = try QbookProcess.run(["check", "shifted-square"], in: folder)
        #expect(first.status == 1)
        #expect(first.stdout.contains("✘ 1. the value is 9 (within 1e-9)\n     had:    0\n     wanted: 9\n"), "\(first.stdout)")
        #expect(first.stdout.contains("hint:   (2 + 1)² = 9"))
        #expect(first.stdout.contains("NOT YET: 1 of 2 expectations hold."))

        // Hints come one at a time, the earlier ones repeated.
        let hint1 = try QbookProcess.run(["hint", "shifted-square"], in: folder)
        #expect(hint1.stdout == "Hint 1 of 2: Add offset to x first.\n")
        let hint2 = try QbookProcess.run(["hint", "shifted-square"], in: folder)
        #expect(hint2.stdout.hasPrefix("Hint 1 of 2: Add offset to x first.\nHint 2 of 2: Then multiply the sum by itself.\n"))
        #expect(hint2.stdout.contains("--solution"))

        // A wrong answer that runs, then an answer with an error located in the learner's file.
        try write("func shiftedSquare(_ x: Double) -> Double {\n    return x * x + offset\n}\n", to: file)
        let wrong = try QbookProcess.run(["check", "shifted-square"], in: folder)
        #expect(wrong.status == 1 && wrong.stdout.contains("✔ 2.") == false && wrong.stdout.contains("had:    5"))
        try write("func shiftedSquare(_ x: Double) -> Double {\n    return (x + ofset) * 2\n}\n", to: file)
        let broken = try QbookProcess.run(["check", "shifted-square"], in: folder)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("exercises/shifted-square.swift:2:17: error: cannot find 'ofset' in scope"), "\(broken.stderr)")

        try write("func shiftedSquare(_ x: Double) -> Double {\n    let y = x + offset\n    print(y)\n    return y * y\n}\n", to: file)
        let passed = try QbookProcess.run(["check", "shifted-square"], in: folder)
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        #expect(passed.stdout.contains("your code printed:\n  │ 3.0\n  │ 0.0\n") && passed.stdout.contains("PASSED: all 2 expectations hold."))
        let list = try QbookProcess.run(["exercises"], in: folder)
        #expect(list.stdout.contains("shifted-square  tutorials/squares.md  code   passed"))

        // init never overwrites the learner's work.
        let again = try QbookProcess.run(["exercises", "init"], in: folder)
        #expect(again.stdout.hasPrefix("kept     exercises/shifted-square.swift"))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("print(y)"))

        let solution = try QbookProcess.run(["hint", "shifted-square", "--solution"], in: folder)
        #expect(solution.stdout.contains("return (x + offset) * (x + offset)"))
    }

    @Test func unknownIdsAndMissingFilesAreClearErrors() throws {
        let folder = try makeCourse()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = try QbookProcess.run(["check", "shifted-squares"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "qbook: error: no code exercise 'shifted-squares'; did you mean 'shifted-square'? (known: shifted-square)\n")
        let missing = try QbookProcess.run(["check", "shifted-square"], in: folder)
        #expect(missing.status == 2 && missing.stderr.contains("run `qbook exercises init exercises` first"))
    }

    @Test func watchChecksAgainWhenTheFileIsSaved() throws {
        let folder = try makeCourse()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try QbookProcess.run(["exercises", "init"], in: folder)
        let file = folder.appendingPathComponent("exercises/shifted-square.swift")
        let process = Process()
        process.executableURL = QbookProcess.executable
        process.arguments = ["check", "shifted-square", "--watch"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let reader = OutputReader(out.fileHandleForReading)
        #expect(reader.wait(for: "watching", seconds: 60))
        try write("func shiftedSquare(_ x: Double) -> Double {\n    return (x + offset) * (x + offset)\n}\n", to: file)
        #expect(reader.wait(for: "PASSED", seconds: 60), "\(reader.text)")
        #expect(reader.text.contains("changed"))
    }

    @Test func theCourseTestCatchesGradersThatJudgeWrongly() throws {
        let good = try makeCourse()
        defer { try? FileManager.default.removeItem(at: good) }
        #expect(try QbookProcess.run(["build"], in: good).status == 0)
        let passing = try QbookProcess.run(["test"], in: good)
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
        #expect(passing.stdout.contains("PASS  grader shifted-square (tutorials/squares.md): starter fails, mutant fails, alternative passes, solution passes"))

        // A check that accepts anything accepts the starter; a check that rejects the solution.
        for (broken, complaint) in [
            ("expect(true)", "the starter of 'shifted-square' should fail its check, but it passes"),
            ("expect(shiftedSquare(2), equals: 10)", "the solution of 'shifted-square' should pass its check, but it does not (failed)"),
        ] {
            let course = try makeCourse()
            defer { try? FileManager.default.removeItem(at: course) }
            let path = course.appendingPathComponent("tutorials/squares.md")
            var text = try String(contentsOf: path, encoding: .utf8)
            text = text.replacingOccurrences(of: "expect(shiftedSquare(2), equals: 9, hint: \"(2 + 1)² = 9\")\nexpect(shiftedSquare(-1), equals: 0)", with: broken)
            try write(text, to: path)
            _ = try QbookProcess.run(["build"], in: course)
            let result = try QbookProcess.run(["test"], in: course)
            #expect(result.status == 1)
            #expect(result.stderr.contains(complaint), "\(result.stderr)")
        }
    }
}

/// Collects a child's output as it arrives, for waiting on a line.
final class OutputReader: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    init(_ handle: FileHandle) {
        handle.readabilityHandler = { [weak self] h in
            let chunk = h.availableData
            guard let self else { return }
            self.lock.withLock { self.data.append(chunk) }
        }
    }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    func wait(for needle: String, seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if text.contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
