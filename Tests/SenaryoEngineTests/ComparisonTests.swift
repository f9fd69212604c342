import Testing
@testable import SenaryoEngine

// Baseline and scenarios side by side: indicator, goal, budget line and total rows, what changed
// and which statuses flip.

private let goc = GocFixture.dataset

private func compare(_ scenarios: [[ScenarioOperation]], on baseline: Dataset = goc) throws -> Comparison {
    let results = try [ScenarioResult(dataset: baseline)] + scenarios.map { try evaluate($0, on: baseline) }
    return Comparison(results, settings: .standard)
}

private func row(_ comparison: Comparison, _ section: Comparison.Row.Section, _ key: String, _ measure: String) -> Comparison.Row? {
    comparison.rows.first { $0.section == section && $0.key == key && $0.measure == measure }
}

@Suite("Comparison")
struct ComparisonTests {
    @Test func indicatorRowsShowTargetActualAndRateWithStatuses() throws {
        let comparison = try compare([[.setTarget(IndicatorSelection(codes: ["PP16"]), .to(dec("50000")))]])
        let target = try #require(row(comparison, .indicator, "PP16", "target"))
        #expect(target.values == [dec("75000"), dec("50000")])
        #expect(target.statuses.isEmpty)
        #expect(target.isChanged && !target.flips)
        #expect(target.name == "Sınır Dışı edilen yabancı sayısı")

        let actual = try #require(row(comparison, .indicator, "PP16", "actual"))
        #expect(actual.values == [dec("46845"), dec("46845")])
        #expect(!actual.isChanged)

        let rate = try #require(row(comparison, .indicator, "PP16", "rate"))
        #expect(rate.values == [dec("62.46"), dec("93.69")])
        #expect(rate.statuses == [.notReached, .partiallyReached])
        #expect(rate.isChanged && rate.flips)

        // Three rows per indicator, in the dataset's order.
        let indicatorRows = comparison.rows.filter { $0.section == .indicator }
        #expect(indicatorRows.count == goc.indicators.count * 3)
        #expect(indicatorRows.prefix(3).map(\.measure) == ["target", "actual", "rate"])
        #expect(indicatorRows.first?.key == "PP1")
        // Only PP16's target and rate changed.
        #expect(indicatorRows.filter(\.isChanged).map { "\($0.key) \($0.measure)" } == ["PP16 target", "PP16 rate"])
    }

    @Test func theActualRowIsTheYearEnd() throws {
        // Q1 has no stated actual: its year-end comes from the quarters (sum).
        let indicator = makeIndicator(code: "Q1", aggregation: .sum, target: dec("100"), quarters: [dec("10"), dec("20"), dec("30"), nil])
        let dataset = Dataset(manifest: makeManifest(year: 2021), indicators: [indicator])
        let comparison = try compare([[.forecast(IndicatorSelection(codes: ["Q1"]), .runRate(knownQuarters: nil))]], on: dataset)
        #expect(row(comparison, .indicator, "Q1", "actual")?.values == [dec("60"), dec("80")])
        #expect(row(comparison, .indicator, "Q1", "rate")?.statuses == [.notReached, .partiallyReached])
    }

    @Test func indicatorsOfAnotherYearCarryTheYearInTheirKey() throws {
        let comparison = try compare([[.setTarget(IndicatorSelection(codes: ["G1"]), .to(dec("90")))]], on: TwoYears.dataset)
        // The manifest's year is 2022: 2021 rows are labelled with their year.
        #expect(row(comparison, .indicator, "G1", "target")?.values == [dec("100"), dec("90")])
        #expect(row(comparison, .indicator, "G1 2021", "target")?.values == [dec("100"), dec("90")])
        #expect(row(comparison, .indicator, "G1 2021", "rate")?.statuses == [.partiallyReached, .reached])
    }

    @Test func goalRowsShowRollUpPerformance() throws {
        let comparison = try compare([[.setActual(IndicatorSelection(codes: ["PG1.2.3"]), .to(dec("27")))]])
        let h12 = try #require(row(comparison, .goal, "H1.2", "performance"))
        let rollups = GoalRollup.all(goals: goc.goals, indicators: goc.indicators, year: 2021, kind: .activityReport)
        #expect(h12.values == [rollups["H1.2"]?.performance.value, dec("100")])
        #expect(h12.statuses == [.partiallyReached, .reached])
        #expect(h12.flips)
        #expect(h12.name == goc.goals.first { $0.code == "H1.2" }?.title)
        // Goals without any value (H1.1: no indicators, no children) have no row.
        #expect(row(comparison, .goal, "H1.1", "performance") == nil)
        // A1 is the mean of its children: it changes too.
        #expect(row(comparison, .goal, "A1", "performance")?.isChanged == true)
        #expect(row(comparison, .goal, "H2.1", "performance")?.isChanged == false)
    }

    @Test func budgetLinesAndTotals() throws {
        let comparison = try compare([[.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("10")))]])
        let line1 = try #require(row(comparison, .budget, "2022 1", "initial"))
        #expect(line1.values == [dec("1132970000"), dec("809691300")])
        #expect(line1.isChanged && !line1.flips)
        #expect(line1.name == "Personel Giderleri")
        // Line 7 exists only in the baseline.
        #expect(row(comparison, .budget, "2022 7", "initial")?.values == [dec("23600000"), nil])
        // 2021 is untouched, every amount of it.
        let rows2021 = comparison.rows.filter { $0.section == .budget && $0.key.hasPrefix("2021 ") }
        #expect(rows2021.count == 5 * 5)  // five lines × initial, added, deducted, revised, spent
        #expect(rows2021.allSatisfy { !$0.isChanged })
        #expect(row(comparison, .budget, "2021 3", "spent")?.values == [dec("309779558.12"), dec("309779558.12")])
        // An amount no column has gets no row.
        #expect(row(comparison, .budget, "2021 3", "cancelled") == nil)

        let total = try #require(row(comparison, .total, "2022", "initial"))
        #expect(total.values == [dec("4493997000"), dec("3281874200")])
        #expect(total.name == "Toplam Ekonomik")
        #expect(row(comparison, .total, "2021", "revised")?.values == [dec("4127115489"), dec("4127115489")])
        // No inflation path: no real row.
        #expect(!comparison.rows.contains { $0.measure == "real" })
    }

    @Test func realTotalsWhenAColumnHasAnInflationPath() throws {
        let comparison = try compare([[.inflation([YearRate(year: 2022, rate: dec("10"))])]])
        let real = try #require(row(comparison, .total, "2022", "real"))
        #expect(real.values == [nil, dec("4085451818.18")])
        #expect(real.isChanged)
        #expect(row(comparison, .total, "2022", "initial")?.isChanged == false)
    }

    @Test func severalScenariosAreColumns() throws {
        let comparison = try compare([
            [.setTarget(IndicatorSelection(codes: ["PP16"]), .to(dec("46845")))],
            [.setTarget(IndicatorSelection(codes: ["PP16"]), .to(dec("40000")))],
        ])
        let rate = try #require(row(comparison, .indicator, "PP16", "rate"))
        #expect(rate.values.count == 3)
        #expect(rate.statuses == [.notReached, .reached, .exceeded])
    }

    @Test func identicalResultsChangeNothing() throws {
        let comparison = try compare([[], [.ceiling(year: 2022, classification: .economic, amount: dec("1"))]])
        #expect(!comparison.rows.isEmpty)
        #expect(comparison.rows.allSatisfy { !$0.isChanged && !$0.flips })
        #expect(Comparison([], settings: .standard).rows.isEmpty)
    }

    @Test func isChangedComparesValuesNotDigits() {
        let same = Comparison.Row(section: .budget, key: "2022 1", name: "x", measure: "initial",
                                  values: [dec("24.5"), dec("24.50"), dec("24.500")], statuses: [])
        #expect(!same.isChanged && !same.flips)
        let missing = Comparison.Row(section: .budget, key: "2022 1", name: "x", measure: "initial", values: [dec("1"), nil], statuses: [])
        #expect(missing.isChanged)
        let bothMissing = Comparison.Row(section: .budget, key: "2022 1", name: "x", measure: "initial", values: [nil, nil], statuses: [])
        #expect(!bothMissing.isChanged)
        // Only the status differs (a band limit moved): changed, and a flip.
        let flip = Comparison.Row(section: .indicator, key: "X", name: "x", measure: "rate", values: [dec("85"), dec("85")],
                                  statuses: [.partiallyReached, .notReached])
        #expect(flip.isChanged && flip.flips)
        let noFlip = Comparison.Row(section: .indicator, key: "X", name: "x", measure: "rate", values: [dec("85"), dec("90")],
                                    statuses: [.partiallyReached, .partiallyReached])
        #expect(noFlip.isChanged && !noFlip.flips)
        let undefined = Comparison.Row(section: .indicator, key: "X", name: "x", measure: "rate", values: [nil, dec("90")],
                                       statuses: [nil, .partiallyReached])
        #expect(undefined.isChanged && undefined.flips)
    }
}
