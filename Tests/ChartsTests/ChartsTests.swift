import Foundation
import Testing
@testable import Charts

/// Golden figures: the SVG and the text of every chart kind, recorded with RECORD_GOLDENS=1
/// (a recording run fails, so a new golden is always reviewed in the diff).
@Suite struct ChartGoldenTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var cases: [(String, Figure)] {
        let steps = (0..<60).map { Double($0) }
        let losses = steps.map { 0.5 * exp(-$0 / 12) + 0.01 }
        let bitstrings = (0..<8).map { i in String((0..<3).map { (i >> (2 - $0)) & 1 == 1 ? "1" : "0" }) }
        let model = [0.21, 0.02, 0.03, 0.2, 0.19, 0.04, 0.01, 0.3]
        let target = [0.25, 0, 0, 0.25, 0.25, 0, 0, 0.25]
        let bands = Series("mean ± sd", x: steps, y: losses, lower: losses.map { $0 * 0.8 }, upper: losses.map { $0 * 1.2 })
        let bas: [[[Int]]] = [[[1, 0, 0], [1, 0, 0], [1, 0, 0]], [[0, 1, 0], [0, 1, 0], [0, 1, 0]], [[1, 1, 1], [0, 0, 0], [0, 0, 0]],
                              [[0, 0, 0], [1, 1, 1], [0, 0, 0]], [[1, 1, 0], [1, 1, 0], [1, 1, 0]], [[0, 0, 0], [0, 0, 0], [0, 0, 0]]]
        let drawing = CircuitDrawing(wires: ["q0", "q1", "q2"], columns: [
            .init(cells: [.box("H"), .wire, .wire]),
            .init(cells: [.control, .target, .wire], spans: [0...1]),
            .init(cells: [.wire, .box("RY(θ0)"), .control], spans: [1...2]),
            .init(cells: [.swap, .cross, .swap], spans: [0...2]),
            .init(cells: [.measure, .measure, .measure]),
        ])
        return [
            ("line-one-series", plot(losses, title: "MMD² during training", xLabel: "step", yLabel: "MMD²")),
            ("line-log-two-series", plot([Series("exact", losses), Series("1000 shots", losses.enumerated().map { $1 * (1 + 0.3 * sin(Double($0))) })],
                                         title: "Exact against sampled", xLabel: "step", logY: true)),
            ("line-band", plot([bands], title: "Three seeds")),
            ("line-xy-gap", plot(x: [0, 0.5, 1, 1.5, 2, 2.5], y: [1, 2, .nan, 4, 3, 5], title: "A gap at NaN")),
            ("bar-model-target", bar([Series("model", model), Series("target", target)], labels: bitstrings, title: "Born machine against target", yLabel: "p(x)")),
            ("bar-many-categories", bar((0..<64).map { Double(($0 * 37) % 11) / 50 }, labels: (0..<64).map { i in String((0..<6).map { (i >> (5 - $0)) & 1 == 1 ? "1" : "0" }) }, title: "64 outcomes")),
            ("histogram", histogram((0..<500).map { sin(Double($0) * 1.7) + cos(Double($0) * 0.3) }, bins: 12, title: "Values", xLabel: "x")),
            ("scatter", scatter(x: (0..<40).map { Double($0) / 4 }, y: (0..<40).map { sin(Double($0) / 4) }, title: "A sine", xLabel: "t", yLabel: "sin t")),
            ("heatmap-sequential", heatmap((0..<6).map { r in (0..<6).map { c in Double(r * c) / 25 } }, title: "Products", rowLabels: (0..<6).map { "r\($0)" }, columnLabels: (0..<6).map { "c\($0)" })),
            ("heatmap-diverging", heatmap([[1, -0.5, 0], [-1, 0.25, 0.75]], title: "Signed")),
            ("bit-images", bitImages(bas, captions: bas.indices.map { "p=\(Ticks.fixed(1 / 6, decimals: 3))\($0 == 5 ? "" : "")" }, title: "Bars and stripes")),
            ("circuit", drawing.figure(text: "q0: ─H─●─────×─M─\n")),
        ]
    }

    @Test func everyFigureMatchesItsGolden() throws {
        guard FileManager.default.fileExists(atPath: Self.fixtures.path) else {
            Issue.record("the fixtures folder \(Self.fixtures.lastPathComponent) is missing")
            return
        }
        let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil
        var recorded: [String] = []
        for (name, figure) in Self.cases {
            for (ext, content) in [("svg", figure.svg), ("txt", figure.text)] {
                let url = Self.fixtures.appendingPathComponent("\(name).\(ext)")
                let existing = try? String(contentsOf: url, encoding: .utf8)
                if existing == content { continue }
                if recording {
                    try content.write(to: url, atomically: true, encoding: .utf8)
                    recorded.append(url.lastPathComponent)
                } else {
                    Issue.record("\(url.lastPathComponent) differs from its golden\(existing == nil ? " (missing)" : ""); re-record with RECORD_GOLDENS=1 and review the diff")
                }
            }
        }
        if !recorded.isEmpty { Issue.record("recorded \(recorded.joined(separator: ", ")); review the diff and run again") }
    }

    @Test func figuresAreDeterministicAndWellFormed() throws {
        for ((name, a), (_, b)) in zip(Self.cases, Self.cases) {
            #expect(a == b, "\(name) differs between two builds")
            #expect(try XMLCheck.isWellFormed(a.svg), "\(name) is not well-formed XML")
            #expect(a.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            // Coordinates are plain decimals: no exponent form, no nan or inf in any number.
            #expect(a.svg.range(of: "[=,( ]-?[0-9.]+e[-+]?[0-9]+[\" ,)]", options: .regularExpression) == nil, "\(name) writes an exponent")
            #expect(a.svg.range(of: "=\"-?(nan|inf)", options: [.regularExpression, .caseInsensitive]) == nil, "\(name) writes a non-finite number")
        }
    }
}
