import ArgumentParser
import QBook

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run every tutorial and regenerate the course site.",
        discussion: "The site is written to a scratch folder and swapped in only when complete.")

    @Option(help: "The folder of tutorials.")
    var tutorials = "tutorials"

    @Option(help: "Where the site goes.")
    var output = "outputs/site"

    @Flag(help: "Do not write; fail if the site on disk differs from what a build would write.")
    var check = false

    func run() throws {
        let builder = SiteBuilder(tutorialsDirectory: tutorials, outputDirectory: output)
        let status = builder.build(check: check, console: Console()).exitStatus
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
