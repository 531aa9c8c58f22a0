import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `qbook serve`, end to end: the preview is served on 127.0.0.1, pages carry the reload script,
/// a change to a tutorial rebuilds and tells open pages to reload over a web socket, and no
/// request can read outside the preview folder.
@Suite struct ServeCommandTests {
    /// A web socket client small enough to read: the opening handshake, then one text frame.
    private final class WebSocketProbe {
        let fd: Int32

        init(port: UInt16, path: String) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw CocoaError(.fileReadUnknown) }
            var timeout = timeval(tv_sec: 30, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
            _ = request.utf8CString.withUnsafeBufferPointer { send(fd, $0.baseAddress, $0.count - 1, 0) }
        }

        deinit { close(fd) }

        /// Bytes until the end of the response's headers.
        func readHeaders() -> String {
            var bytes: [UInt8] = []
            var byte: UInt8 = 0
            while recv(fd, &byte, 1, 0) == 1 {
                bytes.append(byte)
                if bytes.suffix(4) == [13, 10, 13, 10] { break }
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The payload of the next (short, unmasked, text) frame, or nil on timeout.
        func readTextFrame() -> String? {
            var header = [UInt8](repeating: 0, count: 2)
            guard recv(fd, &header, 2, Int32(MSG_WAITALL)) == 2, header[0] == 0x81, header[1] < 126 else { return nil }
            var payload = [UInt8](repeating: 0, count: Int(header[1]))
            guard payload.isEmpty || recv(fd, &payload, payload.count, Int32(MSG_WAITALL)) == payload.count else { return nil }
            return String(decoding: payload, as: UTF8.self)
        }
    }

    private func get(_ url: URL) throws -> (status: Int, body: String) {
        let semaphore = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String) = (0, "")
        URLSession.shared.dataTask(with: url) { data, response, _ in
            result = ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data ?? Data(), as: UTF8.self))
            semaphore.signal()
        }.resume()
        _ = semaphore.wait(timeout: .now() + 30)
        return result
    }

    @Test func servesRebuildsAndReloads() throws {
        let folder = try QbookProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tutorials = folder.appendingPathComponent("tutorials")
        try FileManager.default.createDirectory(at: tutorials, withIntermediateDirectories: true)
        let page = tutorials.appendingPathComponent("one.md")
        try Data("---\ntitle: One\n---\nFirst words.\n\n```swift\nprint(6 * 7)\n```\n".utf8).write(to: page)

        let process = Process()
        process.executableURL = QbookProcess.executable
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }

        // "qbook serve: serving http://127.0.0.1:PORT/ (Ctrl-C stops)"
        var printed = ""
        while !printed.contains("(Ctrl-C stops)") {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            printed += String(decoding: data, as: UTF8.self)
        }
        let address = try #require(printed.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//))
        let port = try #require(UInt16(address.1))
        let base = try #require(URL(string: String(address.0)))

        let index = try get(base)
        #expect(index.status == 200)
        #expect(index.body.contains("<a href=\"one.html\">One</a>"))
        let one = try get(base.appendingPathComponent("one.html"))
        #expect(one.body.contains("First words.") && one.body.contains("42"))
        #expect(one.body.contains("/__qbook/reload"), "pages carry the reload script")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("outputs/site").path),
                "the preview leaves outputs/site alone")
        #expect(try get(URL(string: "\(base)%2e%2e/%2e%2e/etc/passwd")!).status == 400)
        #expect(try get(base.appendingPathComponent("missing.html")).status == 404)

        let socket = try WebSocketProbe(port: port, path: "/__qbook/reload")
        #expect(socket.readHeaders().hasPrefix("HTTP/1.1 101"))
        Thread.sleep(forTimeInterval: 0.5)
        try Data("---\ntitle: One\n---\nSecond words.\n\n```swift\nprint(6 * 7)\n```\n".utf8).write(to: page)
        #expect(socket.readTextFrame() == "reload")
        #expect(try get(base.appendingPathComponent("one.html")).body.contains("Second words."))
        #expect(try get(base.appendingPathComponent("__qbook/status")).body == "{\"builds\":2,\"failed\":false}\n")
    }
}
