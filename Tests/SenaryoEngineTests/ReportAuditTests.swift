import Testing
@testable import SenaryoEngine

/// The findings for a key and column (there is at most one in these tests).
private func finding(_ findings: [Finding], _ key: String, _ column: String) -> Finding? {
    let matches = findings.filter { $0.key == key && $0.column == column }
    #expect(matches.count <= 1, "more than one finding for \(key) \(column)")
    return matches.first
}

private func audit(_ dataset: Dataset, settings: FigureSettings = .standard) -> [Finding] {
    ReportAudit(settings: settings).findings(in: dataset)
}

private func indicatorsOnly(_ indicators: [Indicator], kind: DocumentKind = .activityReport) -> Dataset {
    Dataset(manifest: makeManifest(kind: kind), indicators: indicators)
}

@Suite("ReportAudit: indicators")
struct ReportAuditIndicatorTests {
    @Test("a stated year-end the four quarters do not give is an error on 'actual'")
    func quarterMismatch() throws {
        let findings = audit(indicatorsOnly([
            makeIndicator(code: "PG3", year: 2024, aggregation: .sum, target: 400, quarters: [100, 100, 100, 100], actual: 420),
            makeIndicator(code: "OK", year: 2024, aggregation: .sum, target: 400, quarters: [100, 100, 100, 100], actual: 400),
            // Partial quarters are not checked: the year is not over.
            makeIndicator(code: "PART", year: 2024, aggregation: .sum, target: 400, quarters: [100, 100, 100, nil], actual: 420),
            // `last` is checked against the last quarter.
            makeIndicator(code: "LAST", year: 2024, aggregation: .last, target: 400, quarters: [1, 2, 3, 4], actual: 5),
        ]))
        let f = try #require(finding(findings, "PG3 2024", "actual"))
        #expect(f.severity == .error)
        #expect(f.table == "indicators.csv")
        #expect(f.stated == "420")
        #expect(f.derived == "400")
        #expect(f.message == "the quarters give 400 by sum, the stated year-end is 420 (difference 20)")
        #expect(finding(findings, "OK 2024", "actual") == nil)
        #expect(finding(findings, "PART 2024", "actual") == nil)
        #expect(finding(findings, "LAST 2024", "actual")?.severity == .error)
        #expect(finding(findings, "LAST 2024", "actual")?.derived == "4")
    }

    @Test("stated rate: agrees → nothing; truncated → note; differs → error")
    func rates() throws {
        let findings = audit(indicatorsOnly([
            makeIndicator(code: "AG", year: 2024, target: 80, actual: dec("22.82"), reportedRate: dec("28.52")),
            makeIndicator(code: "TR", year: 2024, target: 30, actual: 29, reportedRate: dec("96.66")),
            makeIndicator(code: "ER", year: 2024, target: 22600, actual: 16000, reportedRate: 80),
        ]))
        #expect(finding(findings, "AG 2024", "reported_rate_pct") == nil)
        let tr = try #require(finding(findings, "TR 2024", "reported_rate_pct"))
        #expect(tr.severity == .note)
        #expect(tr.stated == "96.66")
        #expect(tr.derived == "96.6667")
        #expect(tr.message == "realisation C/B 96.6667 truncated, not rounded")
        let er = try #require(finding(findings, "ER 2024", "reported_rate_pct"))
        #expect(er.severity == .error)
        #expect(er.derived == "70.7965")
        #expect(er.message == "realisation C/B gives 70.7965")
    }

    @Test("a stated rate that matches the other formula is a warning")
    func otherFormula() throws {
        let findings = audit(indicatorsOnly([
            // Monitoring row (realisation) printed with the strategic-plan formula: C/B 93.75, (C−A)/(B−A) 0.
            makeIndicator(code: "PP13", year: 2021, baseline: 15, target: 16, actual: 15, reportedRate: 0),
            // Weighted row (performance) printed as C/B: 60.40 vs (C−A)/(B−A) 58.52.
            makeIndicator(code: "PG5.2.3", year: 2021, weight: 25, baseline: 5000, target: 110000, actual: 66442, reportedRate: 60),
            // Weighted row printed with the unlimited performance.
            makeIndicator(code: "UNL", year: 2021, weight: 10, baseline: 65, target: 85, actual: 100, reportedRate: 175),
            // Decreasing row printed as (C−A)/(B−A) 60 while B/C is 71.43.
            makeIndicator(code: "DEC", year: 2021, direction: .decrease, baseline: 20, target: 10, actual: 14, reportedRate: 60),
        ]))
        let pp13 = try #require(finding(findings, "PP13 2021", "reported_rate_pct"))
        #expect(pp13.severity == .warning)
        #expect(pp13.derived == "93.75")
        #expect(pp13.message.contains("performance (C−A)/(B−A) limited to 0..100"))
        let pg = try #require(finding(findings, "PG5.2.3 2021", "reported_rate_pct"))
        #expect(pg.severity == .warning)
        #expect(pg.derived == "58.5162")
        #expect(pg.message.contains("realisation C/B (60.4018)"))
        let unl = try #require(finding(findings, "UNL 2021", "reported_rate_pct"))
        #expect(unl.severity == .warning)
        #expect(unl.message.contains("performance not limited to 0..100 (175)"))
        let decreasing = try #require(finding(findings, "DEC 2021", "reported_rate_pct"))
        #expect(decreasing.severity == .warning)
        #expect(decreasing.message.contains("realisation B/C"))
    }

    @Test("a slip in the last printed digit that no other formula explains is a warning")
    func lastDigit() throws {
        // Realisation row: C/B = 57.1429, printed 57.15; (C−A)/(B−A) is 40, far off.
        let findings = audit(indicatorsOnly([makeIndicator(code: "LD", year: 2021, baseline: 10, target: 35, actual: 20, reportedRate: dec("57.15"))]))
        let f = try #require(finding(findings, "LD 2021", "reported_rate_pct"))
        #expect(f.severity == .warning)
        #expect(f.message == "realisation C/B is 57.1429: off by one in the last printed digit")
    }

    @Test("a stated rate whose formula is undefined is a warning naming the reason")
    func undefinedRate() throws {
        let findings = audit(indicatorsOnly([
            makeIndicator(code: "Z", year: 2021, target: 0, actual: 5, reportedRate: 100),
            makeIndicator(code: "BA", year: 2021, weight: 100, baseline: 95, target: 95, actual: 95, reportedRate: 100),
        ]))
        let z = try #require(finding(findings, "Z 2021", "reported_rate_pct"))
        #expect(z.severity == .warning)
        #expect(z.derived == nil)
        #expect(z.message == "stated, but the realisation C/B is undefined: target is zero")
        let ba = try #require(finding(findings, "BA 2021", "reported_rate_pct"))
        #expect(ba.message == "stated, but the performance (C−A)/(B−A) is undefined: target equals baseline (B = A)")
    }

    @Test("status: agreeing → nothing; unrecognised text → warning; wrong → error")
    func statuses() throws {
        let findings = audit(indicatorsOnly([
            makeIndicator(code: "OK", year: 2021, target: 75000, actual: 46845, reportedRate: dec("62.46"), reportedStatus: "Hedefe Ulaşılamadı"),
            makeIndicator(code: "OK2", year: 2021, target: 4, actual: 40, reportedStatus: "Hedef aşıldı"),
            makeIndicator(code: "UNK", year: 2021, target: 100, actual: 50, reportedStatus: "Devam ediyor"),
            makeIndicator(code: "PP1", year: 2024, target: 100, actual: 100, reportedRate: 100, reportedStatus: "Hedef Aşıldı"),
            makeIndicator(code: "NORATE", year: 2024, target: 100, actual: 50, reportedStatus: "Hedefe Ulaşıldı"),
        ]))
        #expect(findings.filter { $0.key.hasPrefix("OK") }.isEmpty)
        let unk = try #require(finding(findings, "UNK 2021", "reported_status"))
        #expect(unk.severity == .warning)
        #expect(unk.stated == "Devam ediyor")
        #expect(unk.message == "status text not recognised")
        let pp1 = try #require(finding(findings, "PP1 2024", "reported_status"))
        #expect(pp1.severity == .error)
        #expect(pp1.stated == "Hedef Aşıldı")
        #expect(pp1.derived == "Hedefe Ulaşıldı")
        #expect(pp1.message == "the derived rate 100 gives Hedefe Ulaşıldı")
        // No printed rate to explain the status: an error.
        #expect(finding(findings, "NORATE 2024", "reported_status")?.severity == .error)
    }

    @Test("a status that follows a rounded printed rate is a warning")
    func statusFollowsRoundedRate() throws {
        // PP12 of the Göç report: 31953 / 40000 = 79.88 printed 80, status "kısmen".
        let findings = audit(indicatorsOnly([
            makeIndicator(code: "PP12", year: 2021, target: 40000, actual: 31953, reportedRate: 80, reportedStatus: "Hedefe kısmen Ulaşıldı"),
        ]))
        #expect(finding(findings, "PP12 2021", "reported_rate_pct") == nil)
        let f = try #require(finding(findings, "PP12 2021", "reported_status"))
        #expect(f.severity == .warning)
        #expect(f.derived == "Hedefe Ulaşılamadı")
        #expect(f.message == "status follows the printed rate 80; the exact rate 79.8825 gives Hedefe Ulaşılamadı")
    }

    @Test("status labels follow the language setting")
    func englishLabels() throws {
        let settings = FigureSettings(language: .english)
        let findings = audit(indicatorsOnly([makeIndicator(code: "E", year: 2021, target: 100, actual: 50, reportedStatus: "reached")]),
                             settings: settings)
        #expect(finding(findings, "E 2021", "reported_status")?.derived == "not reached")
    }

    @Test("custom bands are used for statuses")
    func customBands() {
        let indicator = makeIndicator(code: "B", year: 2021, target: 100, actual: 75, reportedStatus: "Hedefe Kısmen Ulaşıldı")
        #expect(finding(audit(indicatorsOnly([indicator])), "B 2021", "reported_status")?.severity == .error)
        let settings = FigureSettings(bands: StatusBands(partialFrom: 70, reachedAt: 100))
        #expect(audit(indicatorsOnly([indicator]), settings: settings).isEmpty)
    }

    @Test("status that matches the row's own limited performance is explained, not an error")
    func statusWithLimitedPerformance() throws {
        // A=65, B=85, C=100: performance 175, limited 100. The report prints 100 and "Hedefe Ulaşıldı".
        // The rate agrees (no finding); the status follows that printed rate, which the numbers
        // explain, so by the audit's own rule it is a warning, not an error.
        let findings = audit(indicatorsOnly([
            makeIndicator(code: "PG", year: 2021, weight: 10, baseline: 65, target: 85, actual: 100, reportedRate: 100, reportedStatus: "Hedefe Ulaşıldı"),
        ]))
        #expect(finding(findings, "PG 2021", "reported_rate_pct") == nil)
        let f = try #require(finding(findings, "PG 2021", "reported_status"))
        #expect(f.derived == "Hedef Aşıldı")
        #expect(f.severity == .warning)
    }

    @Test("weights not totalling 100 are a warning per objective and year")
    func weights() throws {
        let indicators = [
            makeIndicator(code: "a", goal: "H1.2", year: 2024, weight: 50, baseline: 0, target: 1, actual: 1),
            makeIndicator(code: "b", goal: "H1.2", year: 2024, weight: 30, baseline: 0, target: 1, actual: 1),
            makeIndicator(code: "c", goal: "H1.3", year: 2024, weight: 60, baseline: 0, target: 1, actual: 1),
            makeIndicator(code: "d", goal: "H1.3", year: 2024, weight: 40, baseline: 0, target: 1, actual: 1),
            makeIndicator(code: "c", goal: "H1.3", year: 2025, weight: 60, baseline: 0, target: 1, actual: 1),
            makeIndicator(code: "e", goal: "H1.4", year: 2024, baseline: 0, target: 1, actual: 1),
            makeIndicator(code: "f", goal: nil, year: 2024, weight: 5, baseline: 0, target: 1, actual: 1),
        ]
        let findings = audit(indicatorsOnly(indicators, kind: .strategicPlan))
        #expect(findings.map(\.key) == ["H1.2 2024", "H1.3 2025"])
        let h12 = try #require(finding(findings, "H1.2 2024", "weight_pct"))
        #expect(h12.severity == .warning)
        #expect(h12.table == "indicators.csv")
        #expect(h12.stated == "80")
        #expect(h12.derived == "100")
        #expect(h12.message == "the weights of H1.2's indicators total 80, not 100; its roll-up normalises them")
        let plain = audit(indicatorsOnly(indicators, kind: .strategicPlan), settings: FigureSettings(normalisesWeights: false))
        #expect(finding(plain, "H1.2 2024", "weight_pct")?.message.hasSuffix("its roll-up uses them as they are") == true)
    }
}

@Suite("ReportAudit: budget and series")
struct ReportAuditBudgetTests {
    private func dataset(_ budget: [BudgetLine], series: [SeriesPoint] = []) -> Dataset {
        Dataset(manifest: makeManifest(), budget: budget, series: series)
    }

    @Test("revised that is not initial + added − deducted is an error")
    func revisedParts() throws {
        let findings = audit(dataset([
            BudgetLine(year: 2024, classification: .economic, code: "06", name: "Sermaye", initial: 200, added: 100, deducted: 20, revised: 281),
            BudgetLine(year: 2024, classification: .economic, code: "01", name: "Personel", initial: 200, added: 100, deducted: 20, revised: 280),
            BudgetLine(year: 2024, classification: .economic, code: "02", name: "SGK", initial: 200, revised: 300),  // no parts
            BudgetLine(year: 2024, classification: .economic, code: "03", name: "Mal", initial: 200, deducted: 50, revised: 140),
        ]))
        let f = try #require(finding(findings, "2024 economic 06", "revised"))
        #expect(f.severity == .error)
        #expect(f.table == "budget.csv")
        #expect(f.stated == "281")
        #expect(f.derived == "280")
        #expect(f.message == "initial + added − deducted = 280 (difference 1)")
        #expect(finding(findings, "2024 economic 01", "revised") == nil)
        #expect(finding(findings, "2024 economic 02", "revised") == nil)
        #expect(finding(findings, "2024 economic 03", "revised")?.derived == "150")
    }

    @Test("a parent's stated amount its sub-lines do not add up to is an error per amount")
    func subLines() throws {
        let findings = audit(dataset([
            BudgetLine(year: 2024, classification: .economic, code: "03", name: "Mal", initial: 500, revised: 700, spent: 600),
            BudgetLine(year: 2024, classification: .economic, code: "03.1", parent: "03", name: "a", initial: 200, revised: 350, spent: 300),
            BudgetLine(year: 2024, classification: .economic, code: "03.2", parent: "03", name: "b", initial: 300, revised: 350, spent: 310),
        ]))
        let spent = try #require(finding(findings, "2024 economic 03", "spent"))
        #expect(spent.severity == .error)
        #expect(spent.stated == "600")
        #expect(spent.derived == "610")
        #expect(spent.message == "its 2 sub-lines add up to 610 (difference -10)")
        #expect(finding(findings, "2024 economic 03", "initial") == nil)
        #expect(finding(findings, "2024 economic 03", "revised") == nil)
    }

    @Test("cancelled that is not revised − spent is an error")
    func cancelled() throws {
        let findings = audit(dataset([
            BudgetLine(year: 2024, classification: .economic, code: "06", name: "x", revised: 280, spent: 199, cancelled: 80),
            BudgetLine(year: 2024, classification: .economic, code: "07", name: "y", revised: 280, spent: 200, cancelled: 80),
        ]))
        let f = try #require(finding(findings, "2024 economic 06", "cancelled"))
        #expect(f.severity == .error)
        #expect(f.derived == "81")
        #expect(f.message == "revised − spent = 81")
        #expect(finding(findings, "2024 economic 07", "cancelled") == nil)
    }

    @Test("stated realisation and change: agree, note, warning, error, undefined")
    func ratesAndChanges() throws {
        let findings = audit(dataset([
            BudgetLine(year: 2023, classification: .economic, code: "03", name: "Mal", initial: 100),
            BudgetLine(year: 2024, classification: .economic, code: "03", name: "Mal", initial: 120, revised: 2718823000, spent: 2718543245,
                       reportedRatePct: dec("99.98"), reportedChangePct: 25),
            BudgetLine(year: 2024, classification: .economic, code: "05", name: "Cari", initial: 10, revised: 350, spent: 200,
                       reportedRatePct: dec("57.15"), reportedChangePct: 10),
            BudgetLine(year: 2024, classification: .economic, code: "06", name: "Ser", initial: 10, revised: 100, spent: 90,
                       reportedRatePct: 90),
            BudgetLine(year: 2024, classification: .economic, code: "07", name: "Tr", initial: 10, reportedRatePct: 50),
        ]))
        let rate03 = try #require(finding(findings, "2024 economic 03", "reported_rate_pct"))
        #expect(rate03.severity == .note)
        #expect(rate03.message == "spent / revised 99.9897 truncated, not rounded")
        let change03 = try #require(finding(findings, "2024 economic 03", "reported_change_pct"))
        #expect(change03.severity == .error)
        #expect(change03.derived == "20")
        #expect(change03.message == "change of initial from 2023 gives 20")
        let rate05 = try #require(finding(findings, "2024 economic 05", "reported_rate_pct"))
        #expect(rate05.severity == .warning)
        #expect(rate05.message == "spent / revised is 57.1429: off by one in the last printed digit")
        let change05 = try #require(finding(findings, "2024 economic 05", "reported_change_pct"))
        #expect(change05.severity == .warning)
        #expect(change05.derived == nil)
        #expect(change05.message == "stated, but change of initial from 2023 is undefined: no line 05 in 2023")
        #expect(finding(findings, "2024 economic 06", "reported_rate_pct") == nil)
        let rate07 = try #require(finding(findings, "2024 economic 07", "reported_rate_pct"))
        #expect(rate07.severity == .warning)
        #expect(rate07.message == "stated, but spent / revised is undefined: missing amount")
    }

    @Test("stated totals in series.csv against the lines")
    func seriesTotals() throws {
        let budget = [
            BudgetLine(year: 2023, classification: .economic, code: "01", name: "a", initial: 1000),
            BudgetLine(year: 2024, classification: .economic, code: "01", name: "a", initial: 1100, revised: 1200, spent: dec("1000.40")),
            BudgetLine(year: 2024, classification: .economic, code: "02", name: "b", initial: 900, revised: 981, spent: 800),
        ]
        let series = [
            SeriesPoint(series: "budget.total.initial", name: "KBÖ", year: 2023, value: 1000),
            SeriesPoint(series: "budget.total.initial", name: "KBÖ", year: 2024, value: 2000),
            SeriesPoint(series: "budget.total.revised", name: "Toplam", year: 2024, value: 2180),
            SeriesPoint(series: "budget.total.spent", name: "Harcama", year: 2024, value: 1800),      // 1800.40 rounds to it
            SeriesPoint(series: "budget.total.rate", name: "Oran", year: 2024, value: dec("82.54")),   // 1800.40 / 2181 = 82.5493 → truncated
            SeriesPoint(series: "budget.total.change", name: "Artış", year: 2024, value: 100),         // 2000 vs 1000 → 100
            SeriesPoint(series: "budget.total.change", name: "Artış", year: 2023, value: 5),           // no 2022 budget: nothing
            SeriesPoint(series: "budget.total.revised", name: "Toplam", year: 2023, value: 5),         // only KBÖ lines in 2023: nothing
            SeriesPoint(series: "budget.total.revised", name: "Toplam", year: 2019, value: 5),         // no budget at all: nothing
            SeriesPoint(series: "budget.total.initial", name: "KBÖ Q1", year: 2024, period: "Q1", value: 1),  // periods are not totals
            SeriesPoint(series: "budget.tablo5.total.revised", name: "Tablo 5", year: 2024, value: 1),        // not a budget.total.* series
        ]
        let findings = audit(dataset(budget, series: series))
        #expect(findings.count == 2)
        let revised = try #require(finding(findings, "budget.total.revised 2024", "value"))
        #expect(revised.severity == .error)
        #expect(revised.table == "series.csv")
        #expect(revised.stated == "2180")
        #expect(revised.derived == "2181")
        #expect(revised.message == "the economic lines of 2024 add up to 2181 (difference -1)")
        let rate = try #require(finding(findings, "budget.total.rate 2024", "value"))
        #expect(rate.severity == .note)
        #expect(rate.message == "spent / revised of the economic lines of 2024 82.5493 truncated, not rounded")
    }

    @Test("findings come in order: indicators, weights, budget lines, series totals")
    func order() {
        let data = Dataset(
            manifest: makeManifest(),
            indicators: [makeIndicator(code: "I", goal: "H", year: 2024, weight: 50, baseline: 0, target: 10, actual: 5, reportedRate: 90)],
            budget: [BudgetLine(year: 2024, classification: .economic, code: "1", name: "a", initial: 1, added: 1, revised: 5)],
            series: [SeriesPoint(series: "budget.total.initial", name: "KBÖ", year: 2024, value: 9)])
        let findings = audit(data)
        #expect(findings.map(\.table) == ["indicators.csv", "indicators.csv", "budget.csv", "series.csv"])
        #expect(findings.map(\.column) == ["reported_rate_pct", "weight_pct", "revised", "value"])
    }

    @Test("an empty dataset has no findings")
    func empty() {
        #expect(audit(Dataset(manifest: makeManifest())).isEmpty)
    }

    @Test("severities order error < warning < note")
    func severities() {
        #expect(Finding.Severity.error < .warning)
        #expect(Finding.Severity.warning < .note)
    }
}
