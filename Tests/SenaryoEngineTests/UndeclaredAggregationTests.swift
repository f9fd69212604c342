import Testing
@testable import SenaryoEngine

@Suite("Issue 12: undeclared aggregation")
struct UndeclaredAggregationTests {
    private func row(_ code: String, _ aggregation: Aggregation?, _ quarters: [ExactDecimal?], actual: ExactDecimal) -> Indicator {
        Indicator(code: code, year: 2024, name: code, aggregation: aggregation, target: 100, quarters: quarters, actual: actual)
    }

    private func check(_ indicators: [Indicator]) -> [Finding] {
        auditFindings(Dataset(manifest: makeManifest(), indicators: indicators))
    }

    @Test("a rule that gives the stated year-end is named in a note")
    func matchingRule() throws {
        let all = check([row("S", nil, [10, 20, 30, 40], actual: 100), row("L", nil, [50, 60, 70, 80], actual: 80),
                         row("M", nil, [10, 12, 14, 16], actual: 13), row("R", nil, [10, 10, 10, 11], actual: dec("10.25"))])
        #expect(all.allSatisfy { $0.severity == .note })
        let s = try #require(findingsAt(all, "S 2024").first)
        #expect(s.column == "aggregation")
        #expect(s.derived == "sum")
        #expect(s.message == "no aggregation declared; the stated year-end 100 is the sum of the quarters: declare `sum` to have it checked")
        #expect(findingsAt(all, "L 2024").first?.derived == "last")
        #expect(findingsAt(all, "M 2024").first?.derived == "mean")
        #expect(findingsAt(all, "R 2024").first?.derived == "mean")
    }

    @Test("a year-end no rule gives is a note naming the rules and their values, never an error")
    func deduplicatedCounts() throws {
        let all = check([row("D", nil, [120, 150, 130, 160], actual: 410), row("X", nil, [10, 10, 10, 10], actual: 90)])
        #expect(all.count == 2)
        let d = try #require(findingsAt(all, "D 2024", "actual").first)
        #expect(d.severity == .note)
        #expect(d.stated == "410")
        #expect(d.message == "no aggregation declared, and no rule gives the stated year-end (tried sum 560, last 160, mean 140); likely a count of distinct people or units, those counted in more than one quarter removed from the year-end")
        let x = try #require(findingsAt(all, "X 2024", "actual").first)
        #expect(x.severity == .note)
        #expect(x.message.contains("outside what the quarters can give (from the largest quarter 10 to their sum 40)"))
    }

    @Test("a declared rule that disagrees stays an error; partial quarters are not checked")
    func declaredRule() {
        let all = check([row("DL", .last, [120, 150, 130, 160], actual: 410), row("P", nil, [120, 150, nil, nil], actual: 410)])
        #expect(findingsAt(all, "DL 2024", "actual").first?.severity == .error)
        #expect(findingsAt(all, "P 2024").isEmpty)
    }

    @Test("figures still read an undeclared row's quarters by last")
    func effectiveRule() {
        let indicator = row("U", nil, [1, 2, 3, 4], actual: 4)
        #expect(indicator.effectiveAggregation == .last)
        var noActual = indicator
        noActual.actual = nil
        #expect(IndicatorFigures(noActual, kind: .activityReport).yearEnd == 4)
    }
}
