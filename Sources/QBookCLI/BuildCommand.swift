import ArgumentParser
import QBook

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every tutorial and regenerate the course site.",
        discussion: """
            The site is written to a scratch folder and swapped in only when complete. Cells' runs \
            are kept in a content-addressed cache: a build in which no cell's code changed runs \
            nothing, and editing prose or presentation options (echo, output, label, hint) re-runs \
            no cell. Editing cell k runs cells k, k+1, ... in the session saved after cell k-1; \
            a session holding a closure cannot be saved, and is rebuilt by running the cells \
            before k again (--explain says which).
            """)

    @Option(help: "The folder of tutorials.")
    var tutorials = "tutorials"

    @Option(help: "Where the site goes.")
    var output = "outputs/site"

    @Flag(help: "Do not write; fail if the site on disk differs from what a build would write.")
    var check = false

    @Option(help: "How many tutorials run at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Run every cell, ignoring and not updating the cache.")
    var noCache = false

    @Option(help: "Where cells' runs are cached.")
    var cacheDir = ".qbook/cache"

    @Flag(help: "Say for every cell whether it ran or came from the cache, and why.")
    var explain = false

    @Flag(help: "Write the site even when cells fail; their pages say so (the exit status is still 1).")
    var keepGoing = false

    @Option(help: ArgumentHelp("A theme folder: page.mustache, index.mustache, style.css, assets/ (each optional).",
                               valueName: "dir"))
    var theme: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var builder = SiteBuilder(tutorialsDirectory: tutorials, outputDirectory: output)
        if !noCache {
            builder.cache = ExecutionCache(directory: cacheDir, tool: ExecutionCache.toolIdentity(version: Qbook.version))
        }
        if let jobs { builder.jobs = jobs }
        builder.explain = explain
        builder.keepGoing = keepGoing
        builder.theme = theme
        let status = builder.build(check: check, console: Console()).exitStatus
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
