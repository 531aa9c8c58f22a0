import Foundation
import Testing

/// Golden files with a record switch: `RECORD_GOLDENS=1 swift test` writes them; otherwise a
/// difference fails the test and shows both texts. A missing golden fails even while recording,
/// so a new golden is always looked at once before it is trusted.
enum Golden {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil }

    static func assertMatches(_ actual: String, golden relativePath: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let url = fixtures.appendingPathComponent(relativePath)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if recording, expected != actual {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
        }
        guard let expected else {
            Issue.record("missing golden \(relativePath)\(recording ? " (recorded now; run again)" : "; record with RECORD_GOLDENS=1")",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual, !recording {
            Issue.record("\(relativePath) differs.\n--- expected\n\(expected)\n--- actual\n\(actual)", sourceLocation: sourceLocation)
        }
    }

    static func fixture(_ relativePath: String) -> String {
        (try? String(contentsOf: fixtures.appendingPathComponent(relativePath), encoding: .utf8)) ?? ""
    }

    static func fixtureData(_ relativePath: String) -> Data {
        (try? Data(contentsOf: fixtures.appendingPathComponent(relativePath))) ?? Data()
    }
}
