import Foundation

/// `qbook build`: reads every tutorial in a folder, runs each in its own session (in parallel),
/// renders a page each plus an index, and swaps the new site in only when all of it was written.
/// With `check`, writes nothing and reports whether the site on disk differs from what a build
/// would write.
public struct SiteBuilder: Sendable {
    public var tutorialsDirectory: String
    public var outputDirectory: String
    public var runOptions: RunOptions
    /// Where cells' runs are kept between builds; nil runs every cell (`--no-cache`).
    public var cache: ExecutionCache?
    /// How many tutorials run at once (each in a session of its own).
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Write the site even when cells fail; their pages say so (`--keep-going`).
    public var keepGoing = false
    /// Say, for every cell, whether it ran or came from the cache, and why (`--explain`).
    public var explain = false
    /// A folder with `page.mustache`, `index.mustache`, `style.css` and `assets/` (`--theme`).
    public var theme: String?

    public enum Outcome: Sendable, Equatable {
        /// The site was written (or, with `check`, matches what is committed).
        case built(files: Int)
        /// A tutorial or the folder could not be read: the site is untouched.
        case inputError
        /// A cell failed unexpectedly: the site is untouched.
        case cellsFailed
        /// With `keepGoing`: the site was written, but cells failed (their pages say so).
        case builtWithFailures(files: Int)
        /// `check` found the committed site out of date; the paths differ.
        case outOfDate([String])

        /// What `qbook build` exits with.
        public var exitStatus: ExitStatus {
            switch self {
            case .built: .success
            case .inputError: .usage
            case .cellsFailed, .outOfDate, .builtWithFailures: .failure
            }
        }
    }

    public init(tutorialsDirectory: String = "tutorials", outputDirectory: String = "outputs/site",
                runOptions: RunOptions = RunOptions(), cache: ExecutionCache? = nil) {
        self.tutorialsDirectory = tutorialsDirectory
        self.outputDirectory = outputDirectory
        self.runOptions = runOptions
        self.cache = cache
    }

    public func build(check: Bool = false, console: Console) -> Outcome {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: tutorialsDirectory) else {
            console.err("qbook: error: cannot read the tutorials folder '\(tutorialsDirectory)'\n")
            return .inputError
        }
        let markdown = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        if markdown.isEmpty {
            console.err("qbook: error: no tutorials (*.md files) in '\(tutorialsDirectory)'; the site was not written\n")
            return .inputError
        }
        let shown = Self.shownFolder(tutorialsDirectory)
        var templates = PageTemplates.builtIn
        if let theme {
            do throws(SourceDiagnostics) {
                templates = try PageTemplates.theme(theme)
            } catch {
                console.err(DiagnosticFormatter().format(error.diagnostics, source: error.source))
                console.err("qbook: the site was not written: fix the theme above, then run qbook build again\n")
                return .inputError
            }
        }

        var tutorials: [Tutorial] = []
        var readFailed = false
        for name in markdown {
            do throws(SourceDiagnostics) {
                let path = (tutorialsDirectory.hasSuffix("/") ? tutorialsDirectory : tutorialsDirectory + "/") + name
                tutorials.append(try TutorialReader().read(path: path, showingAs: shown + "/" + name))
            } catch {
                readFailed = true
                console.err(DiagnosticFormatter().format(error.diagnostics, source: error.source))
            }
        }
        if readFailed {
            console.err("qbook: the site was not written: fix the tutorials above, then run qbook build again\n")
            return .inputError
        }
        tutorials.sort { ($0.frontMatter.order ?? Int.max, $0.path) < ($1.frontMatter.order ?? Int.max, $1.path) }

        let results = runAll(tutorials, console: console)
        let runs = results.map(\.run)
        if explain { console.out(Self.explanation(results)) }
        if let cache { cache.removeEntries(except: Set(results.flatMap(\.keys))) }
        var failed = false
        for run in runs where run.failed {
            failed = true
            for (cellRun, cell) in zip(run.cells, run.tutorial.cells) where cellRun.failedUnexpectedly {
                console.err("\(run.tutorial.path): cell \(cell.index + 1) (\(cell.name)) failed\n")
                console.err(DiagnosticFormatter().format(cellRun.diagnostics, source: run.tutorial.source))
            }
        }
        if failed && !keepGoing {
            console.err("qbook: the site was not written: fix the cells above (a cell meant to fail takes '//| expect-error: true'), then run qbook build again, or pass --keep-going to write it with the failures marked\n")
            return .cellsFailed
        }

        var layout = SiteLayout(runs: runs)
        layout.templates = templates
        if let cache {
            let katex = MathTypesetter.packageDescription
            let template = templates.page.description
            layout.pageCache = PageCache(directory: cache.directory)
            layout.pageKey = { index, links in
                PageCache.key(tool: cache.tool, tutorial: runs[index].tutorial, cellKeys: results[index].keys,
                              links: links, template: template, katex: katex)
            }
        }
        let formulas = Array(Set(runs.flatMap { $0.tutorial.math.map { MathTypesetter.Formula(tex: $0.tex, display: $0.isDisplay) } }))
            .sorted { ($0.tex, $0.display ? 1 : 0) < ($1.tex, $1.display ? 1 : 0) }
        if !formulas.isEmpty {
            do throws(MathTypesetter.Unavailable) {
                if let cache {
                    layout.math = try cache.typesetMath(formulas, with: MathTypesetter.typeset)
                } else {
                    layout.math = try MathTypesetter.typeset(formulas)
                }
                layout.mathAssets = try MathTypesetter.assets(under: SiteLayout.katexFolder)
            } catch {
                console.err("qbook: error: \(error.description); the site was not written\n")
                return .inputError
            }
            for run in runs {
                for span in run.tutorial.math {
                    if case .error(let message)? = layout.math[MathTypesetter.Formula(tex: span.tex, display: span.isDisplay)] {
                        console.err("\(run.tutorial.path):\(span.range.start.line):\(span.range.start.column): warning: TeX: \(message)\n")
                    }
                }
            }
        }
        let files = layout.files()
        if explain {
            let rendered = Set(layout.rendered)
            for run in runs {
                let page = SiteLayout.pagePath(for: run.tutorial)
                console.out("page \(page): \(rendered.contains(page) ? "rendered" : "from the cache")\n")
            }
        }
        let outcome = check ? compare(files, console: console) : write(files, console: console)
        if failed, case .built(let count) = outcome {
            console.err("qbook: the site was written with failing cells; their pages say so\n")
            return .builtWithFailures(files: count)
        }
        return outcome
    }

    /// One line per cell: where its outputs came from.
    static func explanation(_ results: [TutorialResult]) -> String {
        var out = ""
        for result in results {
            out += result.run.tutorial.path + "\n"
            for (cell, source) in zip(result.run.tutorial.cells, result.sources) {
                let how = switch source {
                case .cached: "from the cache"
                case .ran(let reason): "ran: \(reason)"
                case .replayed(let later, let matched, let why):
                    "ran again to rebuild the session for cell \(later) (\(why))"
                        + (matched ? "" : "; its output differs from the cached run, so it may not be deterministic")
                }
                out += "  cell \(cell.index + 1) (\(cell.name)): \(how)\n"
            }
        }
        return out
    }

    /// The tutorials folder as pages name it: relative to the working directory when inside it
    /// (`./tutorials`, `tutorials/` and an absolute path to it all give `tutorials`), else its
    /// own name, so no page depends on how the folder was spelled or where the project lives.
    static func shownFolder(_ folder: String) -> String {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let path = url.path
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return url.lastPathComponent
    }

    /// A tutorial's run, where each cell's outputs came from, and its cache keys.
    struct TutorialResult: Sendable {
        var run: TutorialRun
        var sources: [CachingRunner.Source]
        var keys: [String]
    }

    /// Runs the tutorials `jobs` at a time, one session each (a session runs its cells on a
    /// thread of its own), and returns them in the tutorials' order whatever finished first.
    private func runAll(_ tutorials: [Tutorial], console: Console) -> [TutorialResult] {
        let runner = CachingRunner(runner: TutorialRunner(options: runOptions), cache: cache)
        let results = Slots<TutorialResult>(count: tutorials.count)
        let next = WorkCounter(limit: tutorials.count)
        let workers = max(1, min(jobs, tutorials.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.claim() {
                let start = DispatchTime.now().uptimeNanoseconds
                let (run, sources, keys) = runner.run(tutorials[index])
                results.set(index, TutorialResult(run: run, sources: sources, keys: keys))
                if console.errorIsTerminal {
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    let fromCache = sources.filter { $0 == .cached }.count
                    let done = results.filled
                    console.err("[\(done)/\(tutorials.count)] \(tutorials[index].path): \(run.cells.count) cells"
                        + (fromCache > 0 ? ", \(fromCache) from the cache" : "")
                        + (run.failed ? ", FAILED" : "") + String(format: " (%.1f s)\n", seconds))
                }
            }
        }
        return results.all()
    }

    // MARK: - Writing

    /// Writes into a fresh sibling folder, then swaps it for the old site, so readers never see
    /// a half-written site and a failure leaves the old one in place.
    private func write(_ files: [(path: String, contents: Data)], console: Console) -> Outcome {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: outputDirectory)
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try? fileManager.removeItem(at: retired)
            try writeFiles(files, under: staging)
            if fileManager.fileExists(atPath: target.path) {
                if AtomicSwap.exchange(staging.path, target.path) {
                    // One step: at no instant is there no site. The old one is now in `staging`.
                    try? fileManager.removeItem(at: staging)
                } else {
                    try fileManager.moveItem(at: target, to: retired)
                    try fileManager.moveItem(at: staging, to: target)
                    try? fileManager.removeItem(at: retired)
                }
            } else {
                try fileManager.moveItem(at: staging, to: target)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            console.err("qbook: error: could not write the site to '\(outputDirectory)': \(error.localizedDescription)\n")
            return .inputError
        }
        console.out("wrote \(files.count) files to \(outputDirectory)\n")
        return .built(files: files.count)
    }

    private func writeFiles(_ files: [(path: String, contents: Data)], under root: URL) throws {
        let fileManager = FileManager.default
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
    }

    /// Compares what a build would write with what is on disk, file by file.
    private func compare(_ files: [(path: String, contents: Data)], console: Console) -> Outcome {
        let root = URL(fileURLWithPath: outputDirectory)
        var differing: [String] = []
        let expected = Set(files.map(\.path))
        for file in files {
            let onDisk = try? Data(contentsOf: root.appendingPathComponent(file.path))
            if onDisk != file.contents { differing.append(file.path) }
        }
        let existing = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".") }
            .filter { path in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path,
                                                            isDirectory: &isDirectory)
                return exists && !isDirectory.boolValue
            }
        differing += existing.filter { !expected.contains($0) }
        if differing.isEmpty {
            console.out("\(outputDirectory) is up to date (\(files.count) files)\n")
            return .built(files: files.count)
        }
        console.err("qbook: error: \(outputDirectory) is out of date; run 'qbook build'. Differing files:\n")
        for path in differing.sorted() { console.err("  \(path)\n") }
        return .outOfDate(differing.sorted())
    }
}

/// One slot per tutorial, filled from several threads.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { values[index] = value } }
    func all() -> [Value] { lock.withLock { values.compactMap { $0 } } }
    var filled: Int { lock.withLock { values.count { $0 != nil } } }
}

/// Hands out 0, 1, 2, … below a limit to whichever worker asks next.
private final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var next = 0

    init(limit: Int) { self.limit = limit }

    func claim() -> Int? {
        lock.withLock {
            guard next < limit else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
