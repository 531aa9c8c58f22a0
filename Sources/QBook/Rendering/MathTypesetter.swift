import Foundation

/// Typesets TeX with KaTeX at build time, offline: Debian's `katex` package run by node, in one
/// process for a whole batch (a process per formula would cost 0.1 s each). KaTeX's output is
/// HTML for the eye and MathML for screen readers, and depends only on the TeX, so pages stay
/// byte-identical. Pages then need KaTeX's stylesheet and fonts, copied into the site.
enum MathTypesetter {
    static let modulePath = "/usr/share/nodejs/katex"
    static let assetsPath = "/usr/share/javascript/katex"

    /// One formula to typeset.
    struct Formula: Hashable, Sendable {
        var tex: String
        var display: Bool
    }

    /// KaTeX's HTML, or the reason it could not typeset the TeX.
    enum Outcome: Hashable, Sendable {
        case html(String)
        case error(String)
    }

    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    /// KaTeX's `package.json` (its version and build), as a cache key part: a new KaTeX may
    /// typeset differently. "none" when KaTeX is missing.
    static var packageDescription: String {
        (try? String(contentsOfFile: modulePath + "/package.json", encoding: .utf8)) ?? "none"
    }

    static var isInstalled: Bool {
        FileManager.default.fileExists(atPath: modulePath + "/package.json") && nodePath != nil
    }

    static var nodePath: String? {
        ["/usr/bin/node", "/usr/bin/nodejs", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Reads a JSON array of {tex, display} on standard input, writes a JSON array of
    /// {html} or {error} (KaTeX's message for bad TeX).
    private static let script = """
        const katex = require("katex");
        let input = "";
        process.stdin.setEncoding("utf8");
        process.stdin.on("data", d => input += d);
        process.stdin.on("end", () => {
          const out = JSON.parse(input).map(f => {
            try { return { html: katex.renderToString(f.tex, { displayMode: f.display, throwOnError: true }) }; }
            catch (e) { return { error: String(e.message) }; }
          });
          process.stdout.write(JSON.stringify(out));
        });
        """

    static func typeset(_ formulas: [Formula]) throws(Unavailable) -> [Formula: Outcome] {
        if formulas.isEmpty { return [:] }
        guard isInstalled, let node = nodePath else {
            throw Unavailable(description: "math needs KaTeX to be typeset: install Debian's katex, libjs-katex and nodejs (make deps does)")
        }
        struct In: Encodable { let tex: String; let display: Bool }
        struct Out: Decodable { let html: String?; let error: String? }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", script]
        var environment = ProcessInfo.processInfo.environment
        environment["NODE_PATH"] = "/usr/share/nodejs"
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let request: Data
        do { request = try JSONEncoder().encode(formulas.map { In(tex: $0.tex, display: $0.display) }) } catch {
            throw Unavailable(description: "could not encode the formulas: \(error)")
        }
        do { try process.run() } catch { throw Unavailable(description: "could not start node: \(error.localizedDescription)") }
        // Write and read concurrently so that neither pipe can fill up and block the other side.
        nonisolated(unsafe) var response = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            response = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        input.fileHandleForWriting.write(request)
        try? input.fileHandleForWriting.close()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let results = try? JSONDecoder().decode([Out].self, from: response),
              results.count == formulas.count else {
            throw Unavailable(description: "KaTeX failed: \(String(decoding: stderr.prefix(500), as: UTF8.self))")
        }
        var map: [Formula: Outcome] = [:]
        for (formula, result) in zip(formulas, results) {
            map[formula] = result.html.map(Outcome.html) ?? .error(result.error ?? "unknown error")
        }
        return map
    }

    /// KaTeX's stylesheet and its fonts (WOFF2, which every current browser reads), as site files.
    static func assets(under folder: String) throws(Unavailable) -> [(path: String, contents: Data)] {
        let fm = FileManager.default
        guard let css = fm.contents(atPath: assetsPath + "/katex.min.css") else {
            throw Unavailable(description: "KaTeX's stylesheet is missing: install Debian's libjs-katex")
        }
        var files: [(String, Data)] = [(folder + "/katex.min.css", css)]
        let fonts = ((try? fm.contentsOfDirectory(atPath: assetsPath + "/fonts")) ?? []).filter { $0.hasSuffix(".woff2") }.sorted()
        for font in fonts {
            guard let data = fm.contents(atPath: assetsPath + "/fonts/" + font) else { continue }
            files.append((folder + "/fonts/" + font, data))
        }
        return files
    }
}
