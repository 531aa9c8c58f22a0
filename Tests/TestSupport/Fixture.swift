import Testing

/// One file of a `FixtureFolder`, as the argument of a parameterised test. The stand-in for a
/// missing or empty folder has no path: asking for it throws `FixtureError.noFixtures`.
public struct Fixture: Sendable, CustomTestStringConvertible {
    public let folder: FixtureFolder
    private let relativePath: String?
    private let suffix: String

    init(folder: FixtureFolder, path: String?, suffix: String) {
        self.folder = folder
        self.relativePath = path
        self.suffix = suffix
    }

    /// The file's path inside the folder.
    public func path() throws(FixtureError) -> String {
        guard let relativePath else { throw .noFixtures(folder: folder.name, suffix: suffix) }
        return relativePath
    }

    /// The path of the file beside this one with `suffix` in place of this one's (`x.md` → `x.golden`).
    public func sibling(_ suffix: String) throws(FixtureError) -> String {
        String(try path().dropLast(self.suffix.count)) + suffix
    }

    public func text() throws(FixtureError) -> String { try folder.text(path()) }

    public var testDescription: String { relativePath ?? "no *\(suffix) file in \(folder.name)" }
}

/// Why a fixture could not be read; the text says which file or folder.
public enum FixtureError: Error, CustomStringConvertible {
    case noFixtures(folder: String, suffix: String)
    case unreadable(String)
    case notUTF8(String)

    public var description: String {
        switch self {
        case .noFixtures(let folder, let suffix):
            "\(folder) is missing or holds no *\(suffix) file, so this test would run no case"
        case .unreadable(let path): "cannot read the fixture \(path)"
        case .notUTF8(let path): "the fixture \(path) is not UTF-8 text"
        }
    }
}
