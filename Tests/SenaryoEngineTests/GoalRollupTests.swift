import Testing
@testable import SenaryoEngine

@Suite("GoalRollup")
struct GoalRollupTests {
    private let aim = Goal(code: "A1", level: .aim, title: "Amaç 1")
    private func objective(_ code: String, parent: String? = "A1") -> Goal {
        Goal(code: code, parent: parent, level: .objective, title: "Hedef \(code)")
    }

    /// A weighted strategic-plan indicator whose (limited) performance is exactly `percent`:
    /// A = 0, B = 100, C = percent.
    private func pg(_ code: String, _ goal: String, weight: ExactDecimal?, percent: ExactDecimal?, year: Int = 2021) -> Indicator {
        makeIndicator(code: code, goal: goal, year: year, weight: weight, baseline: 0, target: 100, actual: percent)
    }

    @Test("weights totalling 100: Σ wᵢ × Pᵢ / 100, method weighted")
    func weighted() throws {
        let indicators = [pg("I1", "H1", weight: 30, percent: 100), pg("I2", "H1", weight: 70, percent: 50)]
        let rollups = GoalRollup.all(goals: [aim, objective("H1")], indicators: indicators, year: 2021, kind: .strategicPlan)
        let h1 = try #require(rollups["H1"])
        #expect(h1.code == "H1")
        #expect(h1.performance == .value(65))  // (30×100 + 70×50) / 100
        #expect(h1.method == .weighted)
        #expect(h1.weightTotal == 100)
        #expect(h1.inputs == 2)
        #expect(h1.skipped == 0)
        #expect(h1.status == .notReached)
    }

    @Test("the roll-up uses the limited performance of each indicator")
    func limitedInputs() throws {
        // I1 is 175 % unlimited, limited to 100.
        let indicators = [makeIndicator(code: "I1", goal: "H1", weight: 50, baseline: 65, target: 85, actual: 100),
                          pg("I2", "H1", weight: 50, percent: 100)]
        let h1 = try #require(GoalRollup.all(goals: [objective("H1", parent: nil)], indicators: indicators, year: nil, kind: .strategicPlan)["H1"])
        #expect(h1.performance == .value(100))
        #expect(h1.status == .reached)
    }

    @Test("weights not totalling 100 are normalised by default: Σ wᵢ × Pᵢ / Σ wᵢ")
    func normalised() throws {
        let indicators = [pg("I1", "H1", weight: 30, percent: 100), pg("I2", "H1", weight: 10, percent: 60)]
        let h1 = try #require(GoalRollup.all(goals: [objective("H1")], indicators: indicators, year: 2021, kind: .strategicPlan)["H1"])
        #expect(FigureSettings.standard.normalisesWeights)
        #expect(h1.method == .normalised)
        #expect(h1.performance == .value(90))  // (3000 + 600) / 40
        #expect(h1.weightTotal == 40)
        #expect(h1.status == .partiallyReached)
    }

    @Test("weights over 100 are normalised too")
    func normalisedOver() throws {
        let indicators = [pg("I1", "H1", weight: 60, percent: 100), pg("I2", "H1", weight: 60, percent: 50)]
        let h1 = try #require(GoalRollup.all(goals: [objective("H1")], indicators: indicators, year: 2021, kind: .strategicPlan)["H1"])
        #expect(h1.method == .normalised)
        #expect(h1.performance == .value(75))
        #expect(h1.weightTotal == 120)
    }

    @Test("with normalising off, weights not totalling 100 are used as they are")
    func unnormalised() throws {
        let settings = FigureSettings(normalisesWeights: false)
        let indicators = [pg("I1", "H1", weight: 30, percent: 100), pg("I2", "H1", weight: 10, percent: 60)]
        let h1 = try #require(GoalRollup.all(goals: [objective("H1")], indicators: indicators, year: 2021, kind: .strategicPlan,
                                             settings: settings)["H1"])
        #expect(h1.method == .weightedUnnormalised)
        #expect(h1.performance == .value(36))  // (3000 + 600) / 100
        #expect(h1.weightTotal == 40)
        #expect(h1.status == .notReached)
        #expect(GoalRollup.Method.weightedUnnormalised.rawValue == "weighted-unnormalised")
    }

    @Test("no weights: the mean of the indicators' rates")
    func mean() throws {
        // Monitoring rows (no weight, activity report): realisation C/B.
        let indicators = [makeIndicator(code: "PP1", goal: "O1", target: 200, actual: 100),
                          makeIndicator(code: "PP2", goal: "O1", target: 100, actual: 90),
                          makeIndicator(code: "PP3", goal: "O1", target: 10, actual: 20)]
        let o1 = try #require(GoalRollup.all(goals: [objective("O1", parent: nil)], indicators: indicators, year: 2021, kind: .activityReport)["O1"])
        #expect(o1.method == .mean)
        // PP3's 200 counts as 100 by default (capped roll-ups, issue 12): (50 + 90 + 100) / 3.
        #expect(o1.performance.value?.formatted(decimals: 6) == "80.000000")
        #expect(o1.weightTotal == nil)
        #expect(o1.inputs == 3)
        #expect(o1.status == .partiallyReached)
        let uncapped = try #require(GoalRollup.all(goals: [objective("O1", parent: nil)], indicators: indicators, year: 2021,
                                                   kind: .activityReport, settings: FigureSettings(rollup: .uncapped))["O1"])
        #expect(uncapped.performance.value?.formatted(decimals: 6) == "113.333333")  // (50 + 90 + 200) / 3
        #expect(uncapped.status == .exceeded)
    }

    @Test("a node without indicators takes the mean of its children")
    func childrenMean() throws {
        let goals = [aim, objective("H1"), objective("H2"), objective("H3")]
        let indicators = [pg("I1", "H1", weight: 100, percent: 80), pg("I2", "H2", weight: 100, percent: 50)]
        let rollups = GoalRollup.all(goals: goals, indicators: indicators, year: 2021, kind: .strategicPlan)
        let a1 = try #require(rollups["A1"])
        #expect(a1.method == .childrenMean)
        #expect(a1.performance == .value(65))
        #expect(a1.weightTotal == nil)
        #expect(a1.inputs == 2)
        #expect(a1.skipped == 1)  // H3 has nothing
        #expect(a1.status == .notReached)
        let h3 = try #require(rollups["H3"])
        #expect(h3.performance == .undefined("no indicators"))
        #expect(h3.method == nil)
        #expect(h3.status == nil)
        #expect(h3.inputs == 0)
        #expect(GoalRollup.Method.childrenMean.rawValue == "children-mean")
    }

    @Test("children means nest over several levels")
    func nestedChildren() throws {
        let goals = [Goal(code: "P1", level: .program, title: "P"),
                     Goal(code: "P1.SP1", parent: "P1", level: .subprogram, title: "SP1"),
                     Goal(code: "P1.SP1.O1", parent: "P1.SP1", level: .subprogramObjective, title: "O1"),
                     Goal(code: "P1.SP1.O2", parent: "P1.SP1", level: .subprogramObjective, title: "O2"),
                     Goal(code: "P1.SP2", parent: "P1", level: .subprogram, title: "SP2"),
                     Goal(code: "P1.SP2.O1", parent: "P1.SP2", level: .subprogramObjective, title: "O1")]
        let indicators = [makeIndicator(code: "a", goal: "P1.SP1.O1", target: 100, actual: 100),
                          makeIndicator(code: "b", goal: "P1.SP1.O2", target: 100, actual: 50),
                          makeIndicator(code: "c", goal: "P1.SP2.O1", target: 100, actual: 90)]
        let rollups = GoalRollup.all(goals: goals, indicators: indicators, year: 2021, kind: .performanceProgram)
        #expect(rollups["P1.SP1"]?.performance == .value(75))
        #expect(rollups["P1.SP2"]?.performance == .value(90))
        #expect(rollups["P1"]?.performance == .value(dec("82.5")))
        #expect(rollups["P1"]?.method == .childrenMean)
        #expect(rollups.count == goals.count)
    }

    @Test("indicators without a rate are skipped and counted")
    func skipped() throws {
        let indicators = [pg("I1", "H1", weight: 50, percent: 100),
                          pg("I2", "H1", weight: 30, percent: 40),
                          pg("I3", "H1", weight: 20, percent: nil)]  // no actual: no rate
        let h1 = try #require(GoalRollup.all(goals: [objective("H1")], indicators: indicators, year: 2021, kind: .strategicPlan)["H1"])
        #expect(h1.inputs == 2)
        #expect(h1.skipped == 1)
        #expect(h1.weightTotal == 100)
        // The used weights total 80, so the roll-up normalises over them.
        #expect(h1.method == .normalised)
        #expect(h1.performance == .value(dec("77.5")))  // (5000 + 1200) / 80

        let unweighted = [makeIndicator(code: "x", goal: "O1", target: 100, actual: 80),
                          makeIndicator(code: "y", goal: "O1", target: 0, actual: 80),  // zero target: undefined
                          makeIndicator(code: "z", goal: "O1", target: 100)]             // no actual
        let o1 = try #require(GoalRollup.all(goals: [objective("O1", parent: nil)], indicators: unweighted, year: 2021, kind: .activityReport)["O1"])
        #expect(o1.method == .mean)
        #expect(o1.performance == .value(80))
        #expect(o1.inputs == 1)
        #expect(o1.skipped == 2)
    }

    @Test("when some indicators have weights, the unweighted ones are skipped")
    func mixedWeights() throws {
        let indicators = [pg("I1", "H1", weight: 100, percent: 60), pg("I2", "H1", weight: nil, percent: 100)]
        let h1 = try #require(GoalRollup.all(goals: [objective("H1")], indicators: indicators, year: 2021, kind: .strategicPlan)["H1"])
        #expect(h1.method == .weighted)
        #expect(h1.performance == .value(60))
        #expect(h1.inputs == 1)
        #expect(h1.skipped == 1)
    }

    @Test("no indicator with a rate: undefined, with the count of skipped")
    func noRates() throws {
        let indicators = [pg("I1", "H1", weight: 50, percent: nil), pg("I2", "H1", weight: 50, percent: nil)]
        let h1 = try #require(GoalRollup.all(goals: [objective("H1")], indicators: indicators, year: 2021, kind: .strategicPlan)["H1"])
        #expect(h1.performance == .undefined("no indicator has a rate"))
        #expect(h1.method == nil)
        #expect(h1.inputs == 0)
        #expect(h1.skipped == 2)
        #expect(h1.weightTotal == 100)
        #expect(h1.status == nil)
    }

    @Test("only the chosen year's indicators count; nil takes every year")
    func yearFilter() throws {
        let indicators = [pg("I1", "H1", weight: 100, percent: 40, year: 2020), pg("I1", "H1", weight: 100, percent: 90, year: 2021)]
        let goals = [objective("H1", parent: nil)]
        #expect(GoalRollup.all(goals: goals, indicators: indicators, year: 2020, kind: .strategicPlan)["H1"]?.performance == .value(40))
        #expect(GoalRollup.all(goals: goals, indicators: indicators, year: 2021, kind: .strategicPlan)["H1"]?.performance == .value(90))
        #expect(GoalRollup.all(goals: goals, indicators: indicators, year: 2022, kind: .strategicPlan)["H1"]?.performance == .undefined("no indicators"))
        // Both years together: weights total 200, normalised.
        let both = try #require(GoalRollup.all(goals: goals, indicators: indicators, year: nil, kind: .strategicPlan)["H1"])
        #expect(both.method == .normalised)
        #expect(both.performance == .value(65))
    }

    @Test("custom bands set the roll-up status")
    func customBands() throws {
        let settings = FigureSettings(bands: StatusBands(partialFrom: 60, reachedAt: 100))
        let indicators = [pg("I1", "H1", weight: 100, percent: 65)]
        let h1 = try #require(GoalRollup.all(goals: [objective("H1")], indicators: indicators, year: 2021, kind: .strategicPlan, settings: settings)["H1"])
        #expect(h1.status == .partiallyReached)
    }

    // MARK: The Göç İdaresi 2021 report

    /// The H1.3 rows of SampleData/goc-idaresi-2021/indicators.csv (Tablo 11), copied exactly.
    private static let h13: [Indicator] = [
        makeIndicator(code: "PG1.3.1", goal: "H1.3", weight: 60, baseline: nil, target: 181, actual: 0, reportedRate: 0),
        makeIndicator(code: "PG1.3.2", goal: "H1.3", weight: 10, baseline: 65, target: 85, actual: 100, reportedRate: 100),
        makeIndicator(code: "PG1.3.3", goal: "H1.3", weight: 10, baseline: 3, target: 12, actual: 9, reportedRate: dec("66.67")),
        makeIndicator(code: "PG1.3.4", goal: "H1.3", weight: 10, baseline: nil, target: 3, actual: 2, reportedRate: dec("66.67")),
        makeIndicator(code: "PG1.3.5", goal: "H1.3", weight: 10, baseline: 90, target: 95, actual: 95, reportedRate: 100),
    ]

    @Test("Göç H1.3 rolls up to 33.33…, which the report prints as 33.34")
    func gocH13() throws {
        let goals = [Goal(code: "A1", level: .aim, title: "A1"),
                     Goal(code: "H1.3", parent: "A1", level: .objective, title: "İskâna dair işlemlerin etkinliğinin arttırılmasını sağlamak",
                          reportedPerformancePct: dec("33.34"))]
        let rollups = GoalRollup.all(goals: goals, indicators: Self.h13, year: 2021, kind: .activityReport)
        let h13 = try #require(rollups["H1.3"])
        #expect(h13.method == .weighted)
        #expect(h13.weightTotal == 100)
        #expect(h13.inputs == 5)
        #expect(h13.skipped == 0)
        // 60×0 + 10×100 (175 limited) + 10×66.67 + 10×66.67 (A taken as 0) + 10×100 = 3333.33… / 100
        let value = try #require(h13.performance.value)
        #expect(value.formatted(decimals: 2) == "33.33")
        #expect(value.formatted(decimals: 6) == "33.333333")
        #expect(h13.status == .notReached)
        // The printed 33.34 is a slip in the last digit.
        #expect(PrintedValue.compare(printed: dec("33.34"), derived: value) == .lastDigit)
        // The aim takes its only child's performance.
        #expect(rollups["A1"]?.performance == h13.performance)
        #expect(rollups["A1"]?.method == .childrenMean)
    }

    @Test("Göç roll-ups from the whole fixture: H1.2 normalised 93.88, H1.3 33.33, H2.1 100, H6.3 74.33")
    func gocFixture() throws {
        let rollups = GoalRollup.all(goals: GocFixture.goals, indicators: GocFixture.indicators, year: 2021, kind: .activityReport)
        let h12 = try #require(rollups["H1.2"])
        #expect(h12.method == .normalised)
        #expect(h12.weightTotal == 70)
        #expect(rounded(h12.performance, 2) == "93.88")
        let h13 = try #require(rollups["H1.3"])
        #expect(rounded(h13.performance, 2) == "33.33")
        #expect(rollups["H2.1"]?.performance == .value(100))
        #expect(rollups["H2.1"]?.method == .weighted)
        let h63 = try #require(rollups["H6.3"])
        #expect(rounded(h63.performance, 2) == "74.33")
        // Objectives with no evaluation table have nothing to roll up.
        #expect(rollups["H1.1"]?.performance.value == nil)
        // The monitoring objective: the mean of the 22 realisation rates.
        let o1 = try #require(rollups["P1.SP3.O1"])
        #expect(o1.method == .mean)
        #expect(o1.inputs == 22)
    }
}
