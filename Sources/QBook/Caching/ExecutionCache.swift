import Foundation
import QScript

/// Cells' runs on disk, addressed by `CellKeys`: `entries/<key>.json` holds one cell's run,
/// `snapshots/<key>.session` the session's state after it (or `<key>.refused`, why that state
/// could not be saved), and `tutorials/<hash of its path>.json` the keys of a tutorial's last
/// run (to say why a cell ran). Everything is written atomically; a file that cannot be read is
/// a miss, never an error.
public struct ExecutionCache: Sendable {
    public var directory: String
    /// What identifies the qbook that ran the cells (see `ToolIdentity`).
    public var tool: String

    public init(directory: String, tool: String) {
        self.directory = directory
        self.tool = tool
    }

    func keys(for tutorial: Tutorial) -> CellKeys { CellKeys(tutorial: tutorial, tool: tool) }

    func load(_ key: String, cell index: Int, of tutorial: Tutorial) -> CellRun? {
        guard let data = try? Data(contentsOf: entryURL(key)),
              let stored = try? JSONDecoder().decode(StoredCellRun.self, from: data) else { return nil }
        return stored.cellRun(index, in: tutorial)
    }

    /// Stores a whole run; returns false when some cell's run could not be kept.
    @discardableResult
    func store(_ run: TutorialRun, keys: CellKeys) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var complete = true
        for (cellRun, key) in zip(run.cells, keys.keys) {
            guard let stored = StoredCellRun(cellRun, in: run.tutorial), let data = try? encoder.encode(stored) else {
                complete = false
                continue
            }
            complete = CacheFiles.write(data, to: entryURL(key)) && complete
        }
        if let data = try? encoder.encode(Manifest(keys)) {
            complete = CacheFiles.write(data, to: manifestURL(run.tutorial.path)) && complete
        }
        return complete
    }

    /// The session's state after the cell with this key, or why it could not be saved (nil when
    /// the cache holds neither).
    func snapshot(_ key: String) -> Result<SessionSnapshot, SnapshotError>? {
        if let data = try? Data(contentsOf: snapshotURL(key, "session")) { return .success(SessionSnapshot(bytes: [UInt8](data))) }
        if let data = try? Data(contentsOf: snapshotURL(key, "refused")) { return .failure(.unsavable(String(decoding: data, as: UTF8.self))) }
        return nil
    }

    /// The largest snapshot kept: a session holding more is rebuilt by running its cells again.
    static let maxSnapshotBytes = 64 << 20

    func removeSnapshot(_ key: String) {
        for kind in ["session", "refused"] { try? FileManager.default.removeItem(at: snapshotURL(key, kind)) }
    }

    /// Stores the state after the cell with this key, unless the cache already holds it (keys
    /// address content: the same key is the same state), taking it only then.
    func storeSnapshot(key: String, _ take: () -> Result<SessionSnapshot, SnapshotError>) {
        let files = FileManager.default
        if files.fileExists(atPath: snapshotURL(key, "session").path) || files.fileExists(atPath: snapshotURL(key, "refused").path) { return }
        switch take() {
        case .success(let s) where s.bytes.count <= Self.maxSnapshotBytes:
            CacheFiles.write(Data(s.bytes), to: snapshotURL(key, "session"))
        case .success(let s):
            let megabytes = (s.bytes.count + (1 << 20) - 1) >> 20
            let reason = "the session's state is \(megabytes) MB, more than the cache keeps (\(Self.maxSnapshotBytes >> 20) MB)"
            CacheFiles.write(Data(reason.utf8), to: snapshotURL(key, "refused"))
        case .failure(let refusal):
            CacheFiles.write(Data(refusal.description.utf8), to: snapshotURL(key, "refused"))
        }
    }

    /// The keys of the tutorial's last stored run.
    func previousKeys(of tutorial: Tutorial) -> CellKeys? {
        guard let data = try? Data(contentsOf: manifestURL(tutorial.path)),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return nil }
        return manifest.cellKeys
    }

    /// Removes every entry no key in `used` names, so the cache holds one course's runs.
    func removeEntries(except used: Set<String>) {
        CacheFiles.prune(URL(fileURLWithPath: directory).appendingPathComponent("entries"), keeping: used)
        CacheFiles.prune(URL(fileURLWithPath: directory).appendingPathComponent("snapshots"), keeping: used)
    }

    private func snapshotURL(_ key: String, _ kind: String) -> URL {
        URL(fileURLWithPath: directory).appendingPathComponent("snapshots").appendingPathComponent(key + "." + kind)
    }

    private func entryURL(_ key: String) -> URL {
        URL(fileURLWithPath: directory).appendingPathComponent("entries").appendingPathComponent(key + ".json")
    }

    private func manifestURL(_ path: String) -> URL {
        URL(fileURLWithPath: directory).appendingPathComponent("tutorials")
            .appendingPathComponent(ContentHash.of([path]) + ".json")
    }

    private struct Manifest: Codable {
        var tool: String
        var frontMatter: String
        var cells: [String]
        var keys: [String]

        init(_ keys: CellKeys) {
            tool = keys.tool
            frontMatter = keys.frontMatter
            cells = keys.cells
            self.keys = keys.keys
        }

        var cellKeys: CellKeys { CellKeys(keys: keys, tool: tool, frontMatter: frontMatter, cells: cells) }
    }
}

extension ExecutionCache {
    /// The formulas typeset, those seen before from `math/`, the rest by `typeset` (one KaTeX
    /// run), which are then stored. Keys cover KaTeX's own `package.json`, so a new KaTeX
    /// typesets everything again. Entries no formula of this build uses are removed.
    func typesetMath(
        _ formulas: [MathTypesetter.Formula],
        with typeset: ([MathTypesetter.Formula]) throws(MathTypesetter.Unavailable) -> [MathTypesetter.Formula: MathTypesetter.Outcome]
    ) throws(MathTypesetter.Unavailable) -> [MathTypesetter.Formula: MathTypesetter.Outcome] {
        struct Stored: Codable { var html: String?; var error: String? }
        let katex = MathTypesetter.packageDescription
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("math")
        func key(_ formula: MathTypesetter.Formula) -> String {
            ContentHash.of([katex, formula.display ? "display" : "inline", formula.tex])
        }
        var outcomes: [MathTypesetter.Formula: MathTypesetter.Outcome] = [:]
        var missing: [MathTypesetter.Formula] = []
        for formula in formulas {
            if let data = try? Data(contentsOf: folder.appendingPathComponent(key(formula) + ".json")),
               let stored = try? JSONDecoder().decode(Stored.self, from: data) {
                if let html = stored.html { outcomes[formula] = .html(html); continue }
                if let error = stored.error { outcomes[formula] = .error(error); continue }
            }
            missing.append(formula)
        }
        let fresh = try typeset(missing)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (formula, outcome) in fresh {
            outcomes[formula] = outcome
            let stored: Stored = switch outcome {
            case .html(let html): Stored(html: html)
            case .error(let error): Stored(error: error)
            }
            if let data = try? encoder.encode(stored) { CacheFiles.write(data, to: folder.appendingPathComponent(key(formula) + ".json")) }
        }
        CacheFiles.prune(folder, keeping: Set(formulas.map(key)))
        return outcomes
    }
}

extension ExecutionCache {
    /// The running qbook as a cache key part: its version and its executable's size and
    /// modification time, so rebuilding qbook (new library code) invalidates every entry.
    public static func toolIdentity(version: String) -> String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments.first ?? "qbook"
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "\(version) \(size) \(modified)"
    }
}
