import Testing
@testable import Charts

@Suite struct ChartsPlaceholderTests {
    @Test func moduleLoads() { #expect(String(describing: Charts.self) == "Charts") }
}
