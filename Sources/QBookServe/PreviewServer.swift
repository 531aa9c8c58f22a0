import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import QBook

/// `qbook serve`: builds the course into a preview folder, serves it on the loopback interface,
/// rebuilds when a tutorial (or the theme) changes, and tells open pages to reload through a web
/// socket. Pages are served with a small script added at the end of `<body>`; the files on disk
/// are exactly what `qbook build` writes. A build that fails keeps the last good pages and shows
/// what went wrong at the top of every page until it is fixed.
public struct PreviewServer: Sendable {
    public var builder: SiteBuilder
    public var host: String
    public var port: Int
    /// Extra folders whose changes trigger a rebuild (the theme).
    public var watched: [String]
    /// Called with the address once the server listens (port 0 picks a free port).
    public var onListening: @Sendable (String) -> Void

    public init(builder: SiteBuilder, host: String = "127.0.0.1", port: Int = 8000, watched: [String] = [],
                onListening: @escaping @Sendable (String) -> Void = { _ in }) {
        self.builder = builder
        self.host = host
        self.port = port
        self.watched = watched
        self.onListening = onListening
    }

    static let reloadPath = "/__qbook/reload"
    static let statusPath = "/__qbook/status"

    public func run(console: Console) async throws {
        let state = PreviewState()
        let hub = ReloadHub()
        await rebuild(state: state, hub: hub, console: console)

        let root = builder.outputDirectory
        let router = Router()
        router.get(RouterPath(stringLiteral: Self.statusPath)) { _, _ -> Response in
            let (builds, problem) = await state.snapshot()
            let json = "{\"builds\":\(builds),\"failed\":\(problem != nil)}\n"
            return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: json)))
        }
        router.get("**") { request, _ -> Response in
            await Self.file(at: request.uri.path, under: root, state: state)
        }
        router.get("/") { _, _ -> Response in
            await Self.file(at: "/index.html", under: root, state: state)
        }

        let webSockets = Router(context: BasicWebSocketRequestContext.self)
        webSockets.ws(RouterPath(stringLiteral: Self.reloadPath)) { _, _ in .upgrade([:]) } onUpgrade: { _, outbound, _ in
            for await _ in await hub.subscribe() {
                try await outbound.write(.text("reload"))
            }
        }
        let listening = onListening
        let app = Application(
            router: router,
            server: .http1WebSocketUpgrade(webSocketRouter: webSockets),
            configuration: .init(address: .hostname(host, port: port), serverName: "qbook"),
            onServerRunning: { channel in listening("http://\(host):\(channel.localAddress?.port ?? port)/") },
            logger: Logger(label: "qbook.serve", factory: { _ in SwiftLogNoOpLogHandler() }))

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            group.addTask {
                var last = SourceFingerprint(folders: [builder.tutorialsDirectory] + watched)
                while !Task.isCancelled {
                    try await Task.sleep(for: .milliseconds(400))
                    let now = SourceFingerprint(folders: [builder.tutorialsDirectory] + watched)
                    if now != last {
                        last = now
                        await rebuild(state: state, hub: hub, console: console)
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Builds on a thread of its own (a build is synchronous and long), then wakes every page.
    private func rebuild(state: PreviewState, hub: ReloadHub, console: Console) async {
        let builder = builder
        let problems = LockedText()
        let outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let quietConsole = Console(out: { _ in }, err: { text in problems.append(text); console.err(text) },
                                           errorIsTerminal: console.errorIsTerminal)
                continuation.resume(returning: builder.build(console: quietConsole))
            }
        }
        switch outcome {
        case .built: await state.finished(problem: nil)
        case .builtWithFailures: await state.finished(problem: "Some cells failed; their pages say where.\n\n" + problems.text)
        default: await state.finished(problem: problems.text.isEmpty ? "The build failed." : problems.text)
        }
        console.err(outcome.exitStatus == .success ? "qbook serve: rebuilt\n" : "qbook serve: the build failed; the last good pages stay up\n")
        await hub.broadcast()
    }

    /// A file of the site; HTML pages get the reload script and, after a failed build, its errors.
    private static func file(at requestPath: String, under root: String, state: PreviewState) async -> Response {
        guard let relative = safeRelativePath(requestPath) else {
            return Response(status: .badRequest, body: .init(byteBuffer: ByteBuffer(string: "bad path\n")))
        }
        var url = URL(fileURLWithPath: root).appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
        }
        guard let data = try? Data(contentsOf: url) else {
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "not found: \(relative)\n")))
        }
        let type = contentType(of: url.pathExtension)
        var body = data
        if url.pathExtension == "html" {
            let (_, problem) = await state.snapshot()
            body = Data(injecting(problem: problem, into: String(decoding: data, as: UTF8.self)).utf8)
        }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A request path as a path inside the site, or nil if it would leave it.
    static func safeRelativePath(_ path: String) -> String? {
        let decoded = path.removingPercentEncoding ?? path
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") || $0.contains("\0") }) { return nil }
        return parts.isEmpty ? "index.html" : parts.joined(separator: "/")
    }

    static func contentType(of pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        case "ttf": "font/ttf"
        case "json": "application/json"
        default: "application/octet-stream"
        }
    }

    /// The page with the reload script, and a banner with the last build's errors if it failed.
    static func injecting(problem: String?, into page: String) -> String {
        var added = "<script>(function(){function connect(){var ws=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+'\(reloadPath)');ws.onmessage=function(){location.reload();};ws.onclose=function(){setTimeout(connect,1000);};}connect();})();</script>"
        if let problem {
            let escaped = HTMLFormatter.escape(problem)
            added = "<pre class=\"qbook-serve-error\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;margin:0;padding:1em;background:#3b1d1d;color:#ffd7d2;font:13px/1.4 monospace;z-index:9\">qbook serve: the last build failed; these pages are from the last good one.\n\n\(escaped)</pre>" + added
        }
        if let end = page.range(of: "</body>", options: .backwards) {
            return page.replacingCharacters(in: end, with: added + "</body>")
        }
        return page + added
    }
}

/// The number of builds so far and what the last one reported, if it failed.
actor PreviewState {
    private var builds = 0
    private var problem: String?

    func finished(problem: String?) {
        builds += 1
        self.problem = problem
    }

    func snapshot() -> (Int, String?) { (builds, problem) }
}

final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    var text: String { lock.withLock { parts.joined() } }
    func append(_ part: String) { lock.withLock { parts.append(part) } }
}
