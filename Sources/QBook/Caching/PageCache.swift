import Foundation

/// Rendered pages and their search text, addressed by everything a page is made from: qbook
/// itself, the tutorial's text, its cells' keys (which fix their outputs), the links around it,
/// the page template and KaTeX. A build in which one tutorial changed renders that one page.
struct PageCache: Sendable {
    var directory: String

    struct Page: Codable, Sendable {
        var html: String
        var searchText: String
    }

    func load(_ key: String) -> Page? {
        guard let data = try? Data(contentsOf: url(key)) else { return nil }
        return try? JSONDecoder().decode(Page.self, from: data)
    }

    func store(_ page: Page, key: String) {
        if let data = try? JSONEncoder().encode(page) { CacheFiles.write(data, to: url(key)) }
    }

    /// Removes every page no key in `used` names.
    func removePages(except used: Set<String>) {
        CacheFiles.prune(URL(fileURLWithPath: directory).appendingPathComponent("pages"), keeping: used)
    }

    private func url(_ key: String) -> URL {
        URL(fileURLWithPath: directory).appendingPathComponent("pages").appendingPathComponent(key + ".json")
    }

    /// The key of a page: the parts, in a fixed order.
    static func key(tool: String, tutorial: Tutorial, cellKeys: [String], links: [String], template: String, katex: String) -> String {
        ContentHash.of([tool, tutorial.path, tutorial.source.text, cellKeys.joined(separator: ","),
                        links.joined(separator: "\n"), template, katex])
    }
}
