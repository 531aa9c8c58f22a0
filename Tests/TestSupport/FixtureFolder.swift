import Foundation

/// A folder of fixture files beside a test's source file, and the files in it that a
/// parameterised test runs over.
///
/// A parameterised test over a missing or empty folder would run zero cases and pass. Here such
/// a folder gives one `Fixture` that names no file: reading it throws, so the test fails and
/// says which folder is missing or empty.
public struct FixtureFolder: Sendable {
    public let url: URL
    /// The folder's path from the package's `Tests/` folder, for messages.
    public let name: String

    /// - Parameter path: the folder, relative to the folder of the source file `filePath` names.
    public init(_ path: String, besides filePath: StaticString = #filePath) {
        self.init(url: URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent().appendingPathComponent(path))
    }

    public init(url: URL) {
        self.url = url.standardizedFileURL
        let components = self.url.pathComponents
        if let tests = components.lastIndex(of: "Tests") {
            name = components[(tests + 1)...].joined(separator: "/")
        } else {
            name = self.url.path
        }
    }

    /// The files whose names end with `suffix`, in the folder and below it: paths relative to
    /// the folder, sorted. Empty when the folder is missing.
    public func paths(endingWith suffix: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: url.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.sorted()
    }

    /// The arguments of a parameterised test: one fixture per file ending with `suffix`, or one
    /// that fails the test when read if there is no such file.
    public func fixtures(endingWith suffix: String) -> [Fixture] {
        let paths = paths(endingWith: suffix)
        if paths.isEmpty { return [Fixture(folder: self, path: nil, suffix: suffix)] }
        return paths.map { Fixture(folder: self, path: $0, suffix: suffix) }
    }

    public func fileURL(_ path: String) -> URL { url.appendingPathComponent(path) }

    public func data(_ path: String) throws(FixtureError) -> Data {
        do {
            return try Data(contentsOf: fileURL(path))
        } catch {
            throw .unreadable("\(name)/\(path)")
        }
    }

    public func text(_ path: String) throws(FixtureError) -> String {
        guard let text = String(data: try data(path), encoding: .utf8) else { throw .notUTF8("\(name)/\(path)") }
        return text
    }
}
