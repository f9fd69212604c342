import Testing
@testable import SenaryoEngine

@Suite("Issue 12: stated changes of series")
struct SeriesChangeAuditTests {
    private func pair(_ series: String, unit: String = "adet", _ last: ExactDecimal, _ this: ExactDecimal, stated: ExactDecimal) -> [SeriesPoint] {
        [SeriesPoint(series: series, name: series, unit: unit, year: 2023, value: last),
         SeriesPoint(series: series, name: series, unit: unit, year: 2024, value: this, reportedChangePct: stated)]
    }

    static var dataset: Dataset {
        let p = SeriesChangeAuditTests()
        let points = p.pair("agrees", 400, 555, stated: dec("38.8")) + p.pair("truncated", 300, 347, stated: dec("15.66"))
            + p.pair("slip", 700, 800, stated: dec("14.30")) + p.pair("points", unit: "%", dec("80.5"), dec("84.2"), stated: dec("3.7"))
            + p.pair("ratio", 1000, 1250, stated: 125) + p.pair("wrong", 500, 540, stated: 12)
            + [SeriesPoint(series: "alone", name: "alone", year: 2024, value: 90, reportedChangePct: 5)]
        return Dataset(manifest: makeManifest(), series: points)
    }

    @Test("same printed-precision rules and severities as budget lines and indicator rates")
    func severities() throws {
        let all = auditFindings(Self.dataset)
        #expect(findingsAt(all, "agrees 2024").isEmpty)
        #expect(findingsAt(all, "truncated 2024").first?.severity == .note)
        #expect(findingsAt(all, "truncated 2024").first?.message == "the change from 2023 15.6667 truncated, not rounded")
        #expect(findingsAt(all, "slip 2024").first?.severity == .warning)
        #expect(findingsAt(all, "slip 2024").first?.message == "the change from 2023 is 14.2857: off by one in the last printed digit")
        let points = try #require(findingsAt(all, "points 2024").first)
        #expect(points.severity == .warning)
        #expect(points.message == "stated value matches the difference in percentage points (3.7), not the change from 2023 (4.5963)")
        #expect(findingsAt(all, "ratio 2024").first?.severity == .warning)
        let wrong = try #require(findingsAt(all, "wrong 2024", "reported_change_pct").first)
        #expect(wrong.severity == .error)
        #expect(wrong.table == "series.csv")
        #expect(wrong.stated == "12")
        #expect(wrong.derived == "8")
        #expect(findingsAt(all, "alone 2024").first?.severity == .warning)
        #expect(all.count == 6)
    }

    @Test("percentage points are another formula only for a series in percent")
    func pointsNeedPercentUnit() {
        let all = auditFindings(Dataset(manifest: makeManifest(), series: pair("count", dec("80.5"), dec("84.2"), stated: dec("3.7"))))
        #expect(findingsAt(all, "count 2024").first?.severity == .error)
        let unit = { (unit: String) in SeriesFigures.isPercentage(SeriesPoint(series: "s", name: "s", unit: unit, year: 2024, value: 1)) }
        #expect(unit("Yüzde") && unit("%") && !unit("kişi"))
    }
}
