import Foundation

/// What the preview watches, reduced to something cheap to compare: the path, size and
/// modification time of every file under the watched folders. Polled twice a second, which
/// works the same on every system and costs nothing next to a build.
struct SourceFingerprint: Equatable, Sendable {
    private var entries: [String] = []

    init(folders: [String]) {
        let fileManager = FileManager.default
        for folder in folders {
            let root = URL(fileURLWithPath: folder)
            for case let path as String in fileManager.enumerator(atPath: root.path) ?? .init() {
                guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                      let attributes = try? fileManager.attributesOfItem(atPath: root.appendingPathComponent(path).path)
                else { continue }
                let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
                entries.append("\(folder)/\(path) \(size) \(modified)")
            }
        }
        entries.sort()
    }
}
