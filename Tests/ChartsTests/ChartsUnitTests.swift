import Testing
@testable import Charts

@Suite struct SVGWriterTests {
    @Test func hostileTextIsEscapedEverywhere() throws {
        let hostile = "</svg><script>alert('x')</script> & \"q\""
        let f = plot([1, 2, 3], title: hostile, xLabel: hostile, yLabel: hostile)
        #expect(!f.svg.contains("<script>"))
        #expect(f.svg.contains("&lt;/svg&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"))
        #expect(try XMLCheck.isWellFormed(f.svg))
    }

    @Test func combiningMarksAfterSpecialCharactersAreStillEscaped() {
        // "<" followed by U+0338 is one Character; the "<" must be escaped all the same.
        #expect(SVGWriter.escape("a<\u{338}b&\u{301}") == "a&lt;\u{338}b&amp;\u{301}")
        #expect(SVGWriter.escape("bell\u{7}") == "bell\u{FFFD}")
    }

    @Test(arguments: [(0.0, "0"), (-0.0, "0"), (1.0, "1"), (2.5, "2.5"), (2.345, "2.35"), (-1.004, "-1"), (1e20, "1000000000000000"), (-Double.infinity, "0"),
                      (Double.nan, "0"), (0.001, "0"), (-0.005, "-0.01"), (12.30, "12.3")])
    func numbersAreWrittenPlainly(_ x: Double, _ text: String) {
        #expect(SVGNumber.format(x) == text)
    }

    @Test func idsDependOnContentOnly() {
        let a = plot([1, 2, 3], title: "a"), b = plot([1, 2, 3], title: "a"), c = plot([1, 2, 4], title: "a")
        func id(_ f: Figure) -> Substring { f.svg.split(separator: "aria-labelledby=\"")[1].prefix(18) }
        #expect(id(a) == id(b))
        #expect(id(a) != id(c))
    }
}

@Suite struct TickTests {
    @Test(arguments: [
        (0.0, 1.0, [0, 0.2, 0.4, 0.6, 0.8, 1]), (0.0, 0.53, [0, 0.2, 0.4, 0.6]),
        (-3.0, 7.0, [-4, -2, 0, 2, 4, 6, 8]), (100.0, 1000.0, [0, 200, 400, 600, 800, 1000]), (5.0, 5.0, [4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6]),
    ] as [(Double, Double, [Double])])
    func linearTicksFollowOneTwoFive(_ lo: Double, _ hi: Double, _ expected: [Double]) {
        let (values, _) = Ticks.linear(lo, hi)
        #expect(values.count == expected.count)
        for (v, e) in zip(values, expected) { #expect(abs(v - e) < 1e-9, "\(values)") }
    }

    @Test func logTicksAreDecades() {
        #expect(Ticks.logarithmic(0.013, 0.5) == [0.01, 0.1, 1])
        #expect(Ticks.logarithmic(1, 1e12, maximum: 4).count <= 5)
        #expect(Ticks.logarithmic(-1, 0) == [1, 10])
    }

    @Test(arguments: [(0.25, 0.05, "0.25"), (1000, 200, "1000"), (0.5, 0.1, "0.5"), (2e-7, 1e-7, "2e-7"), (3500000, 500000, "3.5e6"), (-0.3, 0.1, "-0.3"),
                         // A step below 0.001 puts the whole axis in exponent form, above 1e-4 too.
                         (0.00015, 5e-5, "1.5e-4"), (5e-5, 5e-5, "5e-5"), (0.002, 0.0005, "2e-3"), (0.002, 0.001, "0.002")])
    func labels(_ v: Double, _ step: Double, _ text: String) {
        #expect(Ticks.label(v, step: step) == text)
    }

    @Test func shortAndFixedNumbers() {
        #expect(Ticks.short(0.246811) == "0.247")
        #expect(Ticks.short(12345.6) == "12346")
        #expect(Ticks.short(0.0001234) == "1.23e-4")
        #expect(Ticks.fixed(-0.0001, decimals: 2) == "0.00")
        #expect(Ticks.fixed(2.5, decimals: 0) == "3")
    }
}

@Suite struct ChartErrorTests {
    @Test func everyTwinSaysWhatIsWrong() {
        #expect(throws: ChartError.lengthMismatch("series 'y': x has 3 values but y has 2")) { try checkedPlot(x: [1, 2, 3], y: [1, 2]) }
        #expect(throws: ChartError.empty("a line chart needs at least one series")) { try checkedPlot([Series]()) }
        #expect(throws: ChartError.invalid("a log axis needs positive values")) { try checkedPlot([0, -1], logY: true) }
        #expect(throws: ChartError.lengthMismatch("series 'value' has 2 values but there are 3 labels")) { try checkedBar([1, 2], labels: ["a", "b", "c"]) }
        #expect(throws: ChartError.invalid("a histogram needs between 1 and 1000 bins, got 0")) { try checkedHistogram([1, 2], bins: 0) }
        #expect(throws: ChartError.empty("a histogram needs at least one finite value")) { try checkedHistogram([.nan]) }
        #expect(throws: ChartError.lengthMismatch("heatmap row 1 has 1 values but row 0 has 2")) { try checkedHeatmap([[1, 2], [3]]) }
        #expect(throws: ChartError.lengthMismatch("image 1 is not 1 × 2 like image 0")) { try checkedBitImages([[[1, 0]], [[1]]]) }
        #expect(throws: ChartError.invalid("pixels must lie in [0, 1], got 2")) { try checkedBitImages([[[2]]]) }
        #expect(throws: ChartError.lengthMismatch("series 'points': x has 1 values but y has 2")) { try checkedScatter(x: [1], y: [1, 2]) }
        #expect(throws: ChartError.lengthMismatch("table row 0 has 1 cells but there are 2 columns")) { try Table(columns: ["a", "b"], rows: [["1"]]).validate() }
    }

    @Test func aTableAlignsItsColumns() {
        let t = Table(columns: ["x", "p(x)"], numbers: [[0, 0.5], [3, 0.25]], decimals: 2)
        #expect(t.description == "x     p(x)\n----  ----\n0.00  0.50\n3.00  0.25\n")
    }
}

/// Odd data never traps: extreme ranges, infinities and NaN are drawn or left out.
@Suite struct ExtremeDataTests {
    @Test func extremeValuesDrawWithoutTrapping() throws {
        let extremes: [Double] = [-1.7e308, 1.7e308, .infinity, -.infinity, .nan, 5e-324, 0]
        _ = try checkedPlot(extremes)
        _ = try checkedPlot(x: extremes, y: extremes)
        _ = try checkedScatter(x: extremes, y: extremes.reversed())
        _ = try checkedBar(extremes, labels: extremes.map { "\($0)" })
        _ = try checkedHistogram(extremes, bins: 7)
        _ = try checkedHeatmap([extremes, extremes])
        let tiny = try checkedPlot([1e-300, 2e-300, 3e-300])
        #expect(try XMLCheck.isWellFormed(tiny.svg))
    }
}
