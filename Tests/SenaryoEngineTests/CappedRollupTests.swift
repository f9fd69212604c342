import Testing
@testable import SenaryoEngine

@Suite("Issue 12: capped roll-ups")
struct CappedRollupTests {
    static let goals = [Goal(code: "A1", level: .aim, title: "Amaç"),
                        Goal(code: "H1", parent: "A1", level: .objective, title: "Hedef 1"),
                        Goal(code: "H2", parent: "A1", level: .objective, title: "Hedef 2"),
                        Goal(code: "H3", parent: "A1", level: .objective, title: "Hedef 3")]

    /// Monitoring rows (realisation C/B with B = 100): the rate is the actual.
    static func rates(_ goal: String, _ values: [ExactDecimal]) -> [Indicator] {
        values.enumerated().map { makeIndicator(code: "\(goal)-\($0.offset + 1)", goal: goal, year: 2024, target: 100, actual: $0.element) }
    }

    static let indicators = rates("H1", [22, 29, 856]) + rates("H2", [40, 45, 110]) + rates("H3", [70, 105, 300])

    private func rollups(_ capping: RollupCapping) -> [String: GoalRollup] {
        GoalRollup.all(goals: Self.goals, indicators: Self.indicators, year: 2024, kind: .activityReport,
                       settings: FigureSettings(rollup: capping))
    }

    @Test("by default a rate above 100 counts as 100: 22, 29 and 856 roll up to 50.33, not 302.33 exceeded")
    func cappedByDefault() throws {
        #expect(FigureSettings.standard.rollup == .capped)
        let h1 = try #require(GoalRollup.all(goals: Self.goals, indicators: Self.indicators, year: 2024, kind: .activityReport)["H1"])
        #expect(h1.performance.value?.formatted(decimals: 2) == "50.33")
        #expect(h1.status == .notReached)
        #expect(h1.capping == .capped)
        #expect(h1.otherCapping?.formatted(decimals: 2) == "302.33")
        #expect(h1.bandChangers.map(\.code) == ["H1-3"])
        #expect(h1.bandChangers.first?.rate == 856)
        #expect(rollups(.capped)["A1"]?.performance.value?.formatted(decimals: 2) == "67.33")  // (50.33 + 61.67 + 90) / 3
    }

    @Test("uncapped: the rates as derived, and the capped value is the other rule's")
    func uncapped() throws {
        let h1 = try #require(rollups(.uncapped)["H1"])
        #expect(h1.performance.value?.formatted(decimals: 2) == "302.33")
        #expect(h1.status == .exceeded)
        #expect(h1.otherCapping?.formatted(decimals: 2) == "50.33")
        #expect(h1.bandChangers.map(\.code) == ["H1-3"])
    }

    @Test("marked: only indicators above 100 that change their objective's band")
    func bandChangers() throws {
        let capped = rollups(.capped)
        // 40, 45, 110: 61.67 capped, 65 uncapped, both not reached.
        #expect(capped["H2"]?.otherCapping == 65)
        #expect(capped["H2"]?.bandChangers.isEmpty == true)
        // 70, 105, 300: 90 partially reached; 300 alone uncapped gives 156.67 exceeded, 105 alone 91.67.
        #expect(capped["H3"]?.performance.value == 90)
        #expect(capped["H3"]?.bandChangers.map(\.code) == ["H3-3"])
        // No rate above 100: no other value, nothing marked.
        #expect(capped["A1"]?.otherCapping == nil)
    }

    @Test("strategic-plan performance is limited to 0..100 already: capping changes nothing there")
    func performanceRows() throws {
        let rows = [makeIndicator(code: "PG1", goal: "H1", year: 2024, weight: 50, baseline: 0, target: 10, actual: 40),
                    makeIndicator(code: "PG2", goal: "H1", year: 2024, weight: 50, baseline: 0, target: 10, actual: 5)]
        let capped = GoalRollup.all(goals: Self.goals, indicators: rows, year: 2024, kind: .activityReport)["H1"]
        let uncapped = GoalRollup.all(goals: Self.goals, indicators: rows, year: 2024, kind: .activityReport,
                                      settings: FigureSettings(rollup: .uncapped))["H1"]
        #expect(capped?.performance == uncapped?.performance)
        #expect(capped?.performance.value == 75)
    }

    @Test("a stated objective performance that matches the uncapped roll-up is a warning, not an error")
    func auditRecognisesUncappedRollup() throws {
        // Weighted monitoring rows (basis realisation): 50 × 80 + 50 × 200 → 140 uncapped, 90 capped.
        let rows = [makeIndicator(code: "M1", goal: "H1", year: 2024, weight: 50, target: 100, actual: 80),
                    makeIndicator(code: "M2", goal: "H1", year: 2024, weight: 50, target: 100, actual: 200)]
        var goals = Self.goals
        goals[1].reportedPerformancePct = 140
        let settings = FigureSettings(basis: .realisation)
        let all = auditFindings(Dataset(manifest: makeManifest(), goals: goals, indicators: rows), settings: settings)
        let f = try #require(findingsAt(all, "H1 2024", "reported_performance_pct").first)
        #expect(f.severity == .warning)
        #expect(f.message == "matches the roll-up with indicator rates not capped at 100 (140), not the one capped at 100 (90); see `settings rollup`")
        var uncapped = settings
        uncapped.rollup = .uncapped
        #expect(findingsAt(auditFindings(Dataset(manifest: makeManifest(), goals: goals, indicators: rows), settings: uncapped), "H1 2024").isEmpty)
    }
}
