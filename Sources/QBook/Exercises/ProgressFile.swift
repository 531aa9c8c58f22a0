import Foundation

/// The learner's progress, kept in their workspace (`.qbook-progress.json`): each code
/// exercise's last verdict and how many hints were revealed. Written with sorted keys, so the
/// file changes only when the progress does.
public struct ProgressFile: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable { case notStarted = "not started", failing, passed }

    public struct Entry: Sendable, Codable, Equatable {
        public var status: Status = .notStarted
        public var hintsRevealed = 0
    }

    public var exercises: [String: Entry] = [:]

    public static let fileName = ".qbook-progress.json"

    public init() {}

    /// The progress in `workspace`, empty when there is none yet.
    public static func load(workspace: String) throws -> ProgressFile {
        let url = URL(fileURLWithPath: workspace).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return ProgressFile() }
        do {
            return try JSONDecoder().decode(ProgressFile.self, from: Data(contentsOf: url))
        } catch {
            throw ProgressError("cannot read \(url.path): it is not a progress file qbook wrote (delete it to start afresh)")
        }
    }

    public func save(workspace: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        let url = URL(fileURLWithPath: workspace).appendingPathComponent(Self.fileName)
        try (encoder.encode(self) + Data("\n".utf8)).write(to: url, options: .atomic)
    }

    public subscript(id: String) -> Entry {
        get { exercises[id] ?? Entry() }
        set { exercises[id] = newValue }
    }
}

public struct ProgressError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
