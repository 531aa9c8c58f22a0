import ArgumentParser
import Foundation
import QBook
import QBookServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the course: build it, serve it on this machine, rebuild and reload on every change.",
        discussion: """
            The preview is built into its own folder (outputs/site is left alone) through the \
            execution cache, with failing cells marked on their pages. Only this machine can \
            connect (127.0.0.1). Stop it with Ctrl-C.
            """)

    @Option(help: "The folder of tutorials.")
    var tutorials = "tutorials"

    @Option(help: "Where the preview is built.")
    var output = ".qbook/preview"

    @Option(help: "The port (0 picks a free one).")
    var port = 8000

    @Option(help: ArgumentHelp("A theme folder, as for qbook build.", valueName: "dir"))
    var theme: String?

    @Option(help: "Where cells' runs are cached.")
    var cacheDir = ".qbook/cache"

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        var builder = SiteBuilder(tutorialsDirectory: tutorials, outputDirectory: output)
        builder.cache = ExecutionCache(directory: cacheDir, tool: ExecutionCache.toolIdentity(version: Qbook.version))
        builder.keepGoing = true
        builder.theme = theme
        let console = Console()
        let server = PreviewServer(builder: builder, port: port, watched: theme.map { [$0] } ?? []) { address in
            console.out("qbook serve: serving \(address) (Ctrl-C stops)\n")
        }
        do {
            try await server.run(console: console)
        } catch {
            console.err("qbook: error: the preview server stopped: \(error)\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
    }
}
