import Testing
@testable import SenaryoEngine

/// The audit of the bundled Göç İdaresi 2021 dataset against the inconsistencies its
/// NOTES.md §3 lists (SampleData/goc-idaresi-2021/NOTES.md).
@Suite("ReportAudit on the Göç İdaresi 2021 report")
struct GocReportAuditTests {
    static let findings = ReportAudit().findings(in: GocFixture.dataset)

    private func finding(_ key: String, _ column: String, sourceLocation: SourceLocation = #_sourceLocation) -> Finding? {
        let matches = Self.findings.filter { $0.key == key && $0.column == column }
        #expect(matches.count <= 1, "more than one finding for \(key) \(column)", sourceLocation: sourceLocation)
        return matches.first
    }

    /// Asserts one finding and returns it.
    @discardableResult
    private func expectFinding(_ severity: Finding.Severity, _ table: String, _ key: String, _ column: String,
                               stated: String? = nil, derived: String? = nil,
                               sourceLocation: SourceLocation = #_sourceLocation) -> Finding? {
        guard let f = finding(key, column, sourceLocation: sourceLocation) else {
            Issue.record("no finding for \(table) \(key) \(column)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(f.severity == severity, "\(key) \(column): \(f.message)", sourceLocation: sourceLocation)
        #expect(f.table == table, sourceLocation: sourceLocation)
        if let stated { #expect(f.stated == stated, sourceLocation: sourceLocation) }
        if let derived { #expect(f.derived == derived, sourceLocation: sourceLocation) }
        return f
    }

    @Test("the fixture has the dataset's row counts")
    func fixture() {
        let counts = GocFixture.dataset.counts
        #expect(counts.goals == 46)
        #expect(counts.indicators == 58)
        #expect(counts.budgetLines == 16)
        #expect(GocFixture.indicators.filter { $0.code.hasPrefix("PP") }.count == 22)
    }

    // MARK: Budget (Tablo 5, Tablo 7, Şekil 6)

    @Test("Tablo 5 line 6: revised 99489489 is 1 below initial + added − deducted")
    func tablo5Line6() {
        let f = expectFinding(.error, "budget.csv", "2021 economic 6", "revised", stated: "99489489", derived: "99489490")
        #expect(f?.message == "initial + added − deducted = 99489490 (difference -1)")
        // The other four lines of Tablo 5 agree.
        for code in ["1", "2", "3", "5"] { #expect(finding("2021 economic \(code)", "revised") == nil) }
    }

    @Test("budget.total.revised 2021 (Şekil 6, 4127115490) against the lines (4127115489)")
    func totalRevised2021() {
        let f = expectFinding(.error, "series.csv", "budget.total.revised 2021", "value", stated: "4127115490", derived: "4127115489")
        #expect(f?.message == "the economic lines of 2021 add up to 4127115489 (difference 1)")
    }

    @Test("budget.total.spent 2021 (4105475418) against the lines (4105475417.12)")
    func totalSpent2021() {
        let f = expectFinding(.error, "series.csv", "budget.total.spent 2021", "value", stated: "4105475418", derived: "4105475417.12")
        #expect(f?.message == "the economic lines of 2021 add up to 4105475417.12 (difference 0.88)")
    }

    @Test("line 5 Cari Transferler: 99.9897 printed 99.98 is a truncation note")
    func line5Truncated() {
        let f = expectFinding(.note, "budget.csv", "2021 economic 5", "reported_rate_pct", stated: "99.98", derived: "99.9897")
        #expect(f?.message.contains("truncated") == true)
    }

    @Test("Tablo 7: 2022 line 2 change printed 33.4, computed 50.3")
    func line2Change2022() {
        let f = expectFinding(.error, "budget.csv", "2022 economic 2", "reported_change_pct", stated: "33.4", derived: "50.3206")
        #expect(f?.message == "change of initial from 2021 gives 50.3206")
        // Line 1 agrees (53.9).
        #expect(finding("2022 economic 1", "reported_change_pct") == nil)
    }

    @Test("2022 total KBÖ printed 4517597000, the lines add up to 4493997000 (line 7 counted twice)")
    func total2022() {
        let f = expectFinding(.error, "series.csv", "budget.total.initial 2022", "value", stated: "4517597000", derived: "4493997000")
        #expect(f?.message.contains("difference 23600000") == true)
        // The printed 2022 change follows the wrong total.
        expectFinding(.error, "series.csv", "budget.total.change 2022", "value", stated: "51.4", derived: "50.6272")
    }

    @Test("budget rows that agree raise nothing")
    func budgetAgreeing() {
        for column in ["revised", "reported_rate_pct", "reported_change_pct", "spent", "initial", "cancelled"] {
            #expect(finding("2021 economic 1", column) == nil, "line 1 \(column)")
            #expect(finding("2021 economic 3", column) == nil, "line 3 \(column)")
        }
        #expect(finding("budget.total.initial 2020", "value") == nil)
        #expect(finding("budget.total.initial 2021", "value") == nil)
        #expect(finding("budget.total.added 2021", "value") == nil)
        #expect(finding("budget.total.deducted 2021", "value") == nil)
        #expect(finding("budget.total.change 2021", "value") == nil)  // 18.8
        // Years without line amounts (2019, 2020 revised/spent/rate) are gaps, not disagreements.
        #expect(Self.findings.filter { $0.key.hasSuffix(" 2019") || $0.key.hasSuffix(" 2020") }.isEmpty)
        // Tablo 5's own total rows are separate series, not budget.total.*.
        #expect(Self.findings.filter { $0.key.hasPrefix("budget.tablo5") }.isEmpty)
    }

    // MARK: Tablo 9 (PP1..PP22)

    @Test("PP3 and PP22: the quarters do not add up to the stated year-end")
    func quarters() {
        let pp3 = expectFinding(.error, "indicators.csv", "PP3 2021", "actual", stated: "1466802", derived: "1466140")
        #expect(pp3?.message.contains("difference 662") == true)
        let pp22 = expectFinding(.error, "indicators.csv", "PP22 2021", "actual", stated: "4024862", derived: "4024782")
        #expect(pp22?.message.contains("difference 80") == true)
        // Every other PP row's quarters agree.
        let others = Self.findings.filter { $0.column == "actual" }.map(\.key)
        #expect(others == ["PP3 2021", "PP22 2021"])
    }

    @Test("PP4: rate 80 but 16000 / 22600 = 70.8, and the status is therefore wrong")
    func pp4() {
        expectFinding(.error, "indicators.csv", "PP4 2021", "reported_rate_pct", stated: "80", derived: "70.7965")
        expectFinding(.error, "indicators.csv", "PP4 2021", "reported_status", stated: "Hedefe Kısmen Ulaşıldı", derived: "Hedefe Ulaşılamadı")
    }

    @Test("PP17 (58.54 vs 107.04) and PP19 (205.5 vs 163.7): wrong rates")
    func pp17pp19() {
        expectFinding(.error, "indicators.csv", "PP17 2021", "reported_rate_pct", stated: "58.54", derived: "107.0375")
        expectFinding(.error, "indicators.csv", "PP19 2021", "reported_rate_pct", stated: "205.5", derived: "163.7037")
        // Their statuses ("Hedef aşıldı", "Hedef Aşıldı") agree with C/B.
        #expect(finding("PP17 2021", "reported_status") == nil)
        #expect(finding("PP19 2021", "reported_status") == nil)
    }

    @Test("PP13 and PP15: the printed 0 matches the strategic-plan formula (warnings)")
    func pp13pp15() {
        let pp13 = expectFinding(.warning, "indicators.csv", "PP13 2021", "reported_rate_pct", stated: "0", derived: "93.75")
        #expect(pp13?.message.contains("performance (C−A)/(B−A) limited to 0..100") == true)
        let pp15 = expectFinding(.warning, "indicators.csv", "PP15 2021", "reported_rate_pct", stated: "0", derived: "50")
        #expect(pp15?.message.contains("performance (C−A)/(B−A) limited to 0..100") == true)
        // PP13's status follows the printed 0; C/B 93.75 would be "kısmen".
        expectFinding(.warning, "indicators.csv", "PP13 2021", "reported_status", derived: "Hedefe Kısmen Ulaşıldı")
        // PP15's status agrees with C/B 50 anyway.
        #expect(finding("PP15 2021", "reported_status") == nil)
    }

    @Test("PP rows that agree raise nothing: PP1, PP2, PP16, PP20, PP21 (and PP10's 28.525 printed 28.52)")
    func ppAgreeing() {
        for code in ["PP1", "PP2", "PP6", "PP8", "PP9", "PP10", "PP11", "PP14", "PP16", "PP20", "PP21"] {
            let rows = Self.findings.filter { $0.key == "\(code) 2021" }
            #expect(rows.isEmpty, "\(code): \(rows.map(\.message))")
        }
    }

    // MARK: Tablo 11 (PG rows)

    @Test("the five Tablo 11 indicators whose Performans is not (C−A)/(B−A)")
    func tablo11Five() {
        let pg523 = expectFinding(.warning, "indicators.csv", "PG5.2.3 2021", "reported_rate_pct", stated: "60", derived: "58.5162")
        #expect(pg523?.message.contains("realisation C/B (60.4018)") == true)
        // Neither formula gives 97: an error.
        let pg624 = expectFinding(.error, "indicators.csv", "PG6.2.4 2021", "reported_rate_pct", stated: "97", derived: "55")
        #expect(pg624?.message == "performance (C−A)/(B−A) gives 55")
        let pg631 = expectFinding(.warning, "indicators.csv", "PG6.3.1 2021", "reported_rate_pct", stated: "50", derived: "40")
        #expect(pg631?.message.contains("realisation C/B (50)") == true)
        let pg632 = expectFinding(.warning, "indicators.csv", "PG6.3.2 2021", "reported_rate_pct", stated: "92", derived: "66.6667")
        #expect(pg632?.message.contains("realisation C/B (92.3077)") == true)
        // 144 is C/B and not capped at 100.
        let pg643 = expectFinding(.warning, "indicators.csv", "PG6.4.3 2021", "reported_rate_pct", stated: "144", derived: "100")
        #expect(pg643?.message.contains("realisation C/B (143.7379)") == true)
    }

    @Test("PG1.2.3 (57.15 vs 57.14) and PG2.3.1 (66 vs 66.67): small rounding differences")
    func smallRounding() {
        expectFinding(.warning, "indicators.csv", "PG1.2.3 2021", "reported_rate_pct", stated: "57.15", derived: "57.1429")
        let pg231 = expectFinding(.note, "indicators.csv", "PG2.3.1 2021", "reported_rate_pct", stated: "66", derived: "66.6667")
        #expect(pg231?.message == "performance (C−A)/(B−A) 66.6667 truncated, not rounded")
    }

    @Test("PG1.2.3 is reported as a last-digit slip, not as matching another formula")
    func pg123Message() {
        let f = finding("PG1.2.3 2021", "reported_rate_pct")
        #expect(f?.severity == .warning)
        #expect(f?.message == "performance (C−A)/(B−A) is 57.1429: off by one in the last printed digit")
        #expect(f?.message.contains("matches") == false)
    }

    @Test("PG rows that agree raise nothing: PG1.2.2, PG1.2.4 (printed '0%100'), PG1.3.x, PG6.1.2 …")
    func pgAgreeing() {
        for code in ["PG1.2.2", "PG1.2.4", "PG1.2.5", "PG1.3.1", "PG1.3.2", "PG1.3.3", "PG1.3.4", "PG1.3.5", "PG2.1.1",
                     "PG3.1.2", "PG4.2.1", "PG5.3.2", "PG6.1.2", "PG6.2.1", "PG6.3.3", "PG6.4.2"] {
            let rows = Self.findings.filter { $0.key == "\(code) 2021" }
            #expect(rows.isEmpty, "\(code): \(rows.map(\.message))")
        }
    }

    @Test("the 11 objectives whose Tablo 11 weights do not total 100", arguments: [
        ("H1.2", "70"), ("H2.2", "10"), ("H2.3", "40"), ("H3.1", "60"), ("H4.1", "20"), ("H4.3", "30"),
        ("H5.1", "85"), ("H5.4", "20"), ("H6.1", "10"), ("H6.2", "45"), ("H6.4", "70"),
    ])
    func weights(_ goal: String, _ total: String) {
        let f = expectFinding(.warning, "indicators.csv", "\(goal) 2021", "weight_pct", stated: total, derived: "100")
        #expect(f?.message == "the weights of \(goal)'s indicators total \(total), not 100; its roll-up normalises them")
    }

    @Test("objectives whose weights total 100 raise nothing")
    func weightsAgreeing() {
        let flagged = Set(Self.findings.filter { $0.column == "weight_pct" }.map(\.key))
        #expect(flagged.count == 11)
        for goal in ["H1.3", "H2.1", "H4.2", "H5.2", "H5.3", "H6.3"] { #expect(!flagged.contains("\(goal) 2021")) }
    }

    // MARK: The whole list

    @Test("every finding names its table, key and column, and severities follow the kind of difference")
    func shape() {
        for f in Self.findings {
            #expect(["indicators.csv", "goals.csv", "budget.csv", "series.csv"].contains(f.table))
            #expect(!f.key.isEmpty)
            #expect(!f.column.isEmpty)
            #expect(!f.message.isEmpty)
            #expect(f.stated != nil)
            if f.message.contains("truncated") { #expect(f.severity == .note, "\(f.key) \(f.column)") }
            if f.message.contains("matches") || f.column == "weight_pct" { #expect(f.severity == .warning, "\(f.key) \(f.column)") }
        }
    }

    @Test("the complete list: 45 findings, 13 errors, 22 warnings, 10 notes")
    func completeList() {
        // NOTES.md §3's inconsistencies, plus the harmless truncations the report makes elsewhere
        // (PP5, PP7, PP18, PP22, 2022 lines 3/5/6, the 2021 total rate), PP12's status following
        // its rounded rate, and the 2022 total change that follows the double-counted total.
        let expected: [String] = [
            "error indicators.csv PP3 2021 actual",
            "error indicators.csv PP4 2021 reported_rate_pct",
            "error indicators.csv PP4 2021 reported_status",
            "note indicators.csv PP5 2021 reported_rate_pct",
            "note indicators.csv PP7 2021 reported_rate_pct",
            "warning indicators.csv PP12 2021 reported_status",
            "warning indicators.csv PP13 2021 reported_rate_pct",
            "warning indicators.csv PP13 2021 reported_status",
            "warning indicators.csv PP15 2021 reported_rate_pct",
            "error indicators.csv PP17 2021 reported_rate_pct",
            "note indicators.csv PP18 2021 reported_rate_pct",
            "error indicators.csv PP19 2021 reported_rate_pct",
            "error indicators.csv PP22 2021 actual",
            "note indicators.csv PP22 2021 reported_rate_pct",
            "warning indicators.csv PG1.2.3 2021 reported_rate_pct",
            "note indicators.csv PG2.3.1 2021 reported_rate_pct",
            "warning indicators.csv PG5.2.3 2021 reported_rate_pct",
            "error indicators.csv PG6.2.4 2021 reported_rate_pct",
            "warning indicators.csv PG6.3.1 2021 reported_rate_pct",
            "warning indicators.csv PG6.3.2 2021 reported_rate_pct",
            "warning indicators.csv PG6.4.3 2021 reported_rate_pct",
            "warning indicators.csv H1.2 2021 weight_pct",
            "warning indicators.csv H2.2 2021 weight_pct",
            "warning indicators.csv H2.3 2021 weight_pct",
            "warning indicators.csv H3.1 2021 weight_pct",
            "warning indicators.csv H4.1 2021 weight_pct",
            "warning indicators.csv H4.3 2021 weight_pct",
            "warning indicators.csv H5.1 2021 weight_pct",
            "warning indicators.csv H5.4 2021 weight_pct",
            "warning indicators.csv H6.1 2021 weight_pct",
            "warning indicators.csv H6.2 2021 weight_pct",
            "warning indicators.csv H6.4 2021 weight_pct",
            // H1.3 and H6.3 roll up the report's own stated indicator rates (NOTES.md §3).
            "warning goals.csv H1.3 2021 reported_performance_pct",
            "warning goals.csv H6.3 2021 reported_performance_pct",
            "note budget.csv 2021 economic 5 reported_rate_pct",
            "error budget.csv 2021 economic 6 revised",
            "error budget.csv 2022 economic 2 reported_change_pct",
            "note budget.csv 2022 economic 3 reported_change_pct",
            "note budget.csv 2022 economic 5 reported_change_pct",
            "note budget.csv 2022 economic 6 reported_change_pct",
            "error series.csv budget.total.initial 2022 value",
            "error series.csv budget.total.revised 2021 value",
            "error series.csv budget.total.spent 2021 value",
            "note series.csv budget.total.rate 2021 value",
            "error series.csv budget.total.change 2022 value",
        ]
        let actual = Self.findings.map { "\($0.severity.rawValue) \($0.table) \($0.key) \($0.column)" }
        #expect(actual == expected)
        #expect(Self.findings.filter { $0.severity == .error }.count == 13)
        #expect(Self.findings.filter { $0.severity == .warning }.count == 22)
        #expect(Self.findings.filter { $0.severity == .note }.count == 10)
    }

    @Test("without normalising, the weight warnings say the weights are used as they are")
    func weightsUnnormalised() {
        let findings = ReportAudit(settings: FigureSettings(normalisesWeights: false)).findings(in: GocFixture.dataset)
        let h12 = findings.first { $0.key == "H1.2 2021" && $0.column == "weight_pct" }
        #expect(h12?.message == "the weights of H1.2's indicators total 70, not 100; its roll-up uses them as they are")
    }
}

@Suite("Report audit: objectives")
struct ObjectivePerformanceAuditTests {
    static let findings = ReportAudit().findings(in: GocFixture.dataset).filter { $0.table == "goals.csv" }

    @Test func objectivesWhoseWeightsTotal100AreCheckedAgainstTheirRollUp() {
        // H2.1, H4.2, H5.2 (89.63 printed 90) and H5.3 agree; H1.3 and H6.3 follow the stated rates.
        #expect(Self.findings.map(\.key) == ["H1.3 2021", "H6.3 2021"])
        let h63 = Self.findings.first { $0.key == "H6.3 2021" }
        #expect(h63?.severity == .warning)
        #expect(h63?.message.contains("stated indicator rates (88.5)") == true)
    }
}
