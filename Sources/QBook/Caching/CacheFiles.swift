import Foundation

/// How every part of the cache touches the disk: files named by their key (`<key>.json`, or
/// another extension), written atomically, and folders pruned to the keys a build used.
enum CacheFiles {
    /// Writes `data` to `url` atomically, creating its folder; false when that failed.
    @discardableResult
    static func write(_ data: Data, to url: URL) -> Bool {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
            return true
        } catch {
            return false
        }
    }

    /// Removes every `<key>.<extension>` in `folder` whose key is not in `keys`.
    static func prune(_ folder: URL, keeping keys: Set<String>) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where !keys.contains(String(name.prefix { $0 != "." })) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
