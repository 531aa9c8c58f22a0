import ArgumentParser
import Foundation
import QBook

/// The command line: parses arguments and hands over to QBook. Exit statuses: 0 success,
/// 1 a cell failed unexpectedly, 2 bad usage or input.
@main
struct Qbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qbook",
        abstract: "Run literate Swift tutorials on quantum generative models, and build the course site.",
        version: Qbook.version,
        subcommands: [RunCommand.self, BuildCommand.self, ServeCommand.self, ExercisesCommand.self, CheckCommand.self, HintCommand.self, TestCommand.self])

    static let version = "0.5.0"

    /// ArgumentParser exits with 64 on usage errors; qbook promises 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let status as ExitCode {
            Foundation.exit(status.rawValue)
        } catch {
            if exitCode(for: error) == .success {  // --help
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}

extension RunTool.Format: ExpressibleByArgument {}
