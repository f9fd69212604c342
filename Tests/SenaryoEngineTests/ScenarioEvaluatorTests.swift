import Testing
@testable import SenaryoEngine

// The scenario evaluator: every operation applied to an untouched baseline (mostly the Göç
// İdaresi 2021 fixture), selection rules, errors, budget growth/scaling/transfers, ceilings,
// inflation, order and purity — and the acceptance test on the report's 2022 rates.

private let goc = GocFixture.dataset

private func target(_ result: ScenarioResult, _ code: String, year: Int? = nil) -> ExactDecimal? {
    result.dataset.indicator(code, year: year)?.target
}

private func initial(_ result: ScenarioResult, _ year: Int, _ code: String) -> ExactDecimal? {
    result.dataset.line(year, code)?.initial
}

@Suite("Scenario evaluator: indicator operations")
struct IndicatorOperationTests {
    @Test func setTargetTo() throws {
        let result = try evaluate([.setTarget(IndicatorSelection(codes: ["PP16"]), .to(dec("80000")))])
        #expect(target(result, "PP16") == dec("80000"))
        #expect(result.dataset.indicator("PP16")?.actual == dec("46845"))
        // Nothing else changed.
        #expect(result.dataset.indicators.filter { $0.code != "PP16" } == goc.indicators.filter { $0.code != "PP16" })
    }

    @Test func setTargetByPercentIsExact() throws {
        let result = try evaluate([.setTarget(IndicatorSelection(codes: ["PP16"]), .byPercent(dec("10")))])
        #expect(target(result, "PP16") == dec("82500"))
        #expect(target(result, "PP16")?.description == "82500")
        let down = try evaluate([.setTarget(IndicatorSelection(codes: ["PP16"]), .byPercent(dec("-12.5")))])
        #expect(target(down, "PP16") == dec("65625"))
    }

    @Test func setTargetByAmount() throws {
        let result = try evaluate([.setTarget(IndicatorSelection(codes: ["PP16"]), .by(dec("-5000")))])
        #expect(target(result, "PP16") == dec("70000"))
        let up = try evaluate([.setTarget(IndicatorSelection(codes: ["PP16"]), .by(dec("0.25")))])
        #expect(target(up, "PP16")?.description == "75000.25")
    }

    @Test func setActualToByPercentAndBy() throws {
        let selection = IndicatorSelection(codes: ["PP16"])
        #expect(try evaluate([.setActual(selection, .to(dec("60000")))]).dataset.indicator("PP16")?.actual == dec("60000"))
        #expect(try evaluate([.setActual(selection, .byPercent(dec("10")))]).dataset.indicator("PP16")?.actual == dec("51529.5"))
        #expect(try evaluate([.setActual(selection, .by(dec("155")))]).dataset.indicator("PP16")?.actual == dec("47000"))
        // The target is untouched.
        #expect(try evaluate([.setActual(selection, .to(dec("60000")))]).dataset.indicator("PP16")?.target == dec("75000"))
    }

    @Test func setActualChangesTheYearEndFromQuartersWhenNoActualIsStated() throws {
        let indicator = makeIndicator(code: "Q1", aggregation: .sum, target: dec("100"), quarters: [dec("10"), dec("20"), nil, nil])
        let dataset = Dataset(manifest: makeManifest(), indicators: [indicator])
        let result = try evaluate([.setActual(IndicatorSelection(codes: ["Q1"]), .by(dec("5")))], on: dataset)
        #expect(result.dataset.indicator("Q1")?.actual == dec("35"))
    }

    @Test func changingAMissingValueIsAnError() throws {
        let indicator = makeIndicator(code: "N1", target: nil, actual: nil)
        let dataset = Dataset(manifest: makeManifest(), indicators: [indicator])
        let byPercent = scenarioErrorMessage { _ = try evaluate([.setTarget(IndicatorSelection(codes: ["N1"]), .byPercent(dec("10")))], on: dataset) }
        #expect(byPercent?.contains("N1 has no target to change by +10%") == true)
        let actual = scenarioErrorMessage { _ = try evaluate([.setActual(IndicatorSelection(codes: ["N1"]), .by(dec("1")))], on: dataset) }
        #expect(actual?.contains("N1 has no actual to change by +1") == true)
        // Setting a value that was missing is fine.
        #expect(try evaluate([.setTarget(IndicatorSelection(codes: ["N1"]), .to(dec("7")))], on: dataset).dataset.indicator("N1")?.target == dec("7"))
    }

    @Test func selectionByCodes() throws {
        let result = try evaluate([.setTarget(IndicatorSelection(codes: ["PP1", "PP2"]), .to(dec("-1")))])
        let changed = result.dataset.indicators.filter { $0.target == dec("-1") }.map(\.code)
        #expect(changed == ["PP1", "PP2"])
    }

    @Test func selectionByGoalIncludesDescendants() throws {
        // A1 has no indicators of its own: only those of its objectives H1.1, H1.2, H1.3.
        let result = try evaluate([.setTarget(IndicatorSelection(goal: "A1"), .to(dec("-1")))])
        let changed = result.dataset.indicators.filter { $0.target == dec("-1") }.map(\.code)
        let expected = goc.indicators.filter { ["A1", "H1.1", "H1.2", "H1.3"].contains($0.goal ?? "") }.map(\.code)
        #expect(!expected.isEmpty)
        #expect(changed == expected)
        #expect(changed.allSatisfy { $0.hasPrefix("PG1.") })
        // A goal further down selects only its own subtree.
        let objective = try evaluate([.setTarget(IndicatorSelection(goal: "H1.3"), .to(dec("-1")))])
        #expect(objective.dataset.indicators.filter { $0.target == dec("-1") }.map(\.code)
            == goc.indicators.filter { $0.goal == "H1.3" }.map(\.code))
    }

    @Test func selectionByGoalWalksSeveralLevels() throws {
        // P1 → P1.SP3 → P1.SP3.O1: the PP indicators hang two levels below P1.
        let result = try evaluate([.setTarget(IndicatorSelection(goal: "P1"), .to(dec("-1")))])
        let changed = result.dataset.indicators.filter { $0.target == dec("-1") }.map(\.code)
        #expect(changed == goc.indicators.filter { $0.goal?.hasPrefix("P1") == true }.map(\.code))
        #expect(changed.count == 22)
    }

    @Test func selectionByPrefix() throws {
        let result = try evaluate([.setTarget(IndicatorSelection(prefix: "PG1.3"), .to(dec("-1")))])
        let changed = result.dataset.indicators.filter { $0.target == dec("-1") }.map(\.code)
        #expect(changed == ["PG1.3.1", "PG1.3.2", "PG1.3.3", "PG1.3.4", "PG1.3.5"])
    }

    @Test func selectionByYear() throws {
        let result = try evaluate([.setTarget(IndicatorSelection(codes: ["G1"], year: 2022), .to(dec("1")))], on: TwoYears.dataset)
        #expect(target(result, "G1", year: 2022) == dec("1"))
        #expect(target(result, "G1", year: 2021) == dec("100"))
        // Without a year both rows change; a year and a goal combine.
        let both = try evaluate([.setTarget(IndicatorSelection(codes: ["G1"]), .to(dec("1")))], on: TwoYears.dataset)
        #expect(both.dataset.indicators.filter { $0.target == dec("1") }.count == 2)
        let goalAndYear = try evaluate([.setTarget(IndicatorSelection(goal: "A1", year: 2021), .to(dec("1")))], on: TwoYears.dataset)
        #expect(goalAndYear.dataset.indicators.filter { $0.target == dec("1") }.map { "\($0.code) \($0.year)" } == ["G1 2021", "G2 2021"])
    }

    @Test func selectingNothingIsAnError() throws {
        let prefix = scenarioErrorMessage { _ = try evaluate([.setTarget(IndicatorSelection(prefix: "ZZ"), .to(dec("1")))]) }
        #expect(prefix == "operation 1 (target of codes ZZ* = 1): no indicator matches codes ZZ*")
        let year = scenarioErrorMessage { _ = try evaluate([.setTarget(IndicatorSelection(codes: ["PP1"], year: 2020), .to(dec("1")))]) }
        #expect(year?.hasSuffix("no indicator matches PP1 in 2020") == true)
        // A goal that exists but has no indicators below it.
        let emptyGoal = scenarioErrorMessage { _ = try evaluate([.setTarget(IndicatorSelection(goal: "H1.1"), .to(dec("1")))]) }
        #expect(emptyGoal?.hasSuffix("no indicator matches indicators of H1.1") == true)
    }

    @Test func unknownCodeOrGoalIsAnError() throws {
        let code = scenarioErrorMessage { _ = try evaluate([.setTarget(IndicatorSelection(codes: ["PP1", "PP99"]), .to(dec("1")))]) }
        #expect(code?.hasSuffix("no indicator PP99 in goc-idaresi-2021") == true)
        let goal = scenarioErrorMessage { _ = try evaluate([.setActual(IndicatorSelection(goal: "H9.9"), .to(dec("1")))]) }
        #expect(goal?.hasSuffix("no goal H9.9 in goc-idaresi-2021") == true)
        let weight = scenarioErrorMessage { _ = try evaluate([.setWeight(code: "XX", year: nil, weight: dec("10"))]) }
        #expect(weight?.hasSuffix("no indicator XX in goc-idaresi-2021") == true)
    }

    @Test func errorsNameTheFailingOperation() throws {
        let message = scenarioErrorMessage {
            _ = try evaluate([.setTarget(IndicatorSelection(codes: ["PP16"]), .to(dec("1"))),
                              .setTarget(IndicatorSelection(codes: ["PP99"]), .to(dec("1")))])
        }
        #expect(message == "operation 2 (target of PP99 = 1): no indicator PP99 in goc-idaresi-2021")
    }

    @Test func setWeight() throws {
        let result = try evaluate([.setWeight(code: "PG1.2.3", year: 2021, weight: dec("20"))])
        #expect(result.dataset.indicator("PG1.2.3")?.weightPct == dec("20"))
        #expect(result.dataset.indicator("PG1.2.2")?.weightPct == dec("30"))
        // Without a year it applies to every year of the code.
        let both = try evaluate([.setWeight(code: "G2", year: nil, weight: dec("40"))], on: TwoYears.dataset)
        #expect(both.dataset.indicators.filter { $0.code == "G2" }.map(\.weightPct) == [dec("40"), dec("40")])
        #expect(both.dataset.indicators.filter { $0.code != "G2" }.allSatisfy { $0.weightPct == nil })
    }

    @Test func forecastSetsTheActualAndMarksIt() throws {
        let result = try evaluate([.forecast(IndicatorSelection(codes: ["PP16"]), .runRate(knownQuarters: 2))])
        // (10343 + 11297) × 4 / 2
        #expect(result.dataset.indicator("PP16")?.actual == dec("43280"))
        #expect(result.forecasts == ["PP16|2021"])
        #expect(result.isForecast(try #require(result.dataset.indicator("PP16"))))
        #expect(!result.isForecast(try #require(result.dataset.indicator("PP1"))))
        // A second forecast adds to the marks.
        let two = try evaluate([.forecast(IndicatorSelection(codes: ["PP16"]), .runRate(knownQuarters: 2)),
                                .forecast(IndicatorSelection(codes: ["PP1"]), .linearTrend(knownQuarters: nil))])
        #expect(two.forecasts == ["PP16|2021", "PP1|2021"])
    }

    @Test func forecastWithoutQuartersIsAnError() throws {
        // PG1.2.3 has an actual but no quarters.
        let message = scenarioErrorMessage { _ = try evaluate([.forecast(IndicatorSelection(codes: ["PG1.2.3"]), .runRate(knownQuarters: nil))]) }
        #expect(message?.hasSuffix("PG1.2.3 has no quarterly values to forecast from") == true)
    }

    @Test func nothingIsMarkedAsForecastWithoutAForecast() throws {
        let result = try evaluate([.setActual(IndicatorSelection(codes: ["PP16"]), .to(dec("1")))])
        #expect(result.forecasts.isEmpty)
    }
}

@Suite("Scenario evaluator: budget growth")
struct BudgetGrowthTests {
    @Test func oneYear() throws {
        let result = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("10")))])
        let expected = ["1": "809691300", "2": "151803300", "3": "155487200", "5": "2077274100", "6": "87618300"]
        for (code, amount) in expected {
            #expect(initial(result, 2022, code) == dec(amount), "line \(code)")
        }
        #expect(result.dataset.budgetTotal(2022, .initial) == dec("3281874200"))  // 2983522000 × 1.1
    }

    @Test func growsTheChosenBaseAmount() throws {
        let revised = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, base: .revised, toYear: 2022, rate: dec("10")))])
        #expect(initial(revised, 2022, "1") == dec("912541300"))  // 829583000 × 1.1
        let spent = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, base: .spent, toYear: 2022, rate: dec("0")))])
        #expect(initial(spent, 2022, "3") == dec("309779558.12"))
    }

    @Test func theMostSpecificCodeRateWins() throws {
        for codeRates in [[("06", "20"), ("06.1", "50")], [("06.1", "50"), ("06", "20")]] {
            let result = try evaluate([NestedBudget.growth(rate: "10", codeRates: codeRates)], on: NestedBudget.dataset)
            #expect(initial(result, 2024, "06.1") == dec("225"))
            #expect(initial(result, 2024, "06.2") == dec("60"))
            #expect(initial(result, 2024, "06") == dec("285"))
            #expect(initial(result, 2024, "07") == dec("110"))
            #expect(initial(result, 2024, "01.1") == dec("660"))
            #expect(initial(result, 2024, "01") == dec("1100"))
        }
    }

    @Test func codesMatchWithOrWithoutLeadingZeros() throws {
        let nested = try evaluate([NestedBudget.growth(rate: "10", codeRates: [("6", "20")])], on: NestedBudget.dataset)
        #expect(initial(nested, 2024, "06.1") == dec("180"))
        #expect(initial(nested, 2024, "06") == dec("240"))
        #expect(initial(nested, 2024, "07") == dec("110"))
        // The Göç codes are written without zeros: "06" still names line 6.
        let goc = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("10"),
                                                          codeRates: [.init(code: "06", rate: dec("0"))], holds: ["01"]))])
        #expect(initial(goc, 2022, "6") == dec("79653000"))
        #expect(initial(goc, 2022, "1") == dec("736083000"))
        #expect(initial(goc, 2022, "2") == dec("151803300"))
        #expect(BudgetCodes.code("06.01.2", isWithin: "6.1"))
        #expect(!BudgetCodes.code("6", isWithin: "06.1"))
        #expect(!BudgetCodes.code("16", isWithin: "6"))
    }

    @Test func capitalAndCurrentGroups() throws {
        let capital = try evaluate([NestedBudget.growth(rate: "10", codeRates: [("capital", "0")])], on: NestedBudget.dataset)
        #expect(initial(capital, 2024, "06") == dec("200"))
        #expect(initial(capital, 2024, "06.1") == dec("150"))
        #expect(initial(capital, 2024, "07") == dec("100"))
        #expect(initial(capital, 2024, "01.1") == dec("660"))
        #expect(initial(capital, 2024, "03") == dec("550"))
        #expect(initial(capital, 2024, "05") == dec("330"))

        let current = try evaluate([NestedBudget.growth(rate: "0", codeRates: [("current", "5")])], on: NestedBudget.dataset)
        #expect(initial(current, 2024, "01.1") == dec("630"))
        #expect(initial(current, 2024, "01") == dec("1050"))
        #expect(initial(current, 2024, "03") == dec("525"))
        #expect(initial(current, 2024, "05") == dec("315"))
        #expect(initial(current, 2024, "06") == dec("200"))
        #expect(initial(current, 2024, "07") == dec("100"))

        // A code inside the group is more specific than the group.
        let mixed = try evaluate([NestedBudget.growth(rate: "10", codeRates: [("capital", "0"), ("06.1", "50")])], on: NestedBudget.dataset)
        #expect(initial(mixed, 2024, "06.1") == dec("225"))
        #expect(initial(mixed, 2024, "06.2") == dec("50"))
        #expect(initial(mixed, 2024, "06") == dec("275"))
        #expect(initial(mixed, 2024, "07") == dec("100"))
    }

    @Test func holdsKeepLinesAndTheirSubLines() throws {
        let parent = try evaluate([NestedBudget.growth(rate: "10", holds: ["06"])], on: NestedBudget.dataset)
        #expect(initial(parent, 2024, "06") == dec("200"))
        #expect(initial(parent, 2024, "06.1") == dec("150"))
        #expect(initial(parent, 2024, "06.2") == dec("50"))
        #expect(initial(parent, 2024, "07") == dec("110"))
        #expect(initial(parent, 2024, "01") == dec("1100"))

        // A held sub-line: its parent is the held line plus the grown sibling.
        let sub = try evaluate([NestedBudget.growth(rate: "10", holds: ["06.1"])], on: NestedBudget.dataset)
        #expect(initial(sub, 2024, "06.1") == dec("150"))
        #expect(initial(sub, 2024, "06.2") == dec("55"))
        #expect(initial(sub, 2024, "06") == dec("205"))

        // A hold beats a code rate; groups can be held.
        let both = try evaluate([NestedBudget.growth(rate: "10", codeRates: [("06", "50")], holds: ["06.1", "current"])], on: NestedBudget.dataset)
        #expect(initial(both, 2024, "06.1") == dec("150"))
        #expect(initial(both, 2024, "06.2") == dec("75"))
        #expect(initial(both, 2024, "06") == dec("225"))
        #expect(initial(both, 2024, "01") == dec("1000"))
        #expect(initial(both, 2024, "05") == dec("300"))
        #expect(initial(both, 2024, "07") == dec("110"))
    }

    @Test func compoundsOverSeveralYears() throws {
        let result = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2024, rate: dec("10")))])
        for line in goc.lines(2021) {
            let base = try #require(line.initial)
            #expect(initial(result, 2024, line.code) == base * dec("1.331"), "line \(line.code)")
            #expect(initial(result, 2023, line.code) == base * dec("1.21"), "line \(line.code)")
            #expect(initial(result, 2022, line.code) == base * dec("1.1"), "line \(line.code)")
        }
        #expect(initial(result, 2024, "1") == dec("979726473"))
        #expect(result.dataset.budgetTotal(2024, .initial) == dec("2983522000") * dec("1.331"))
        // Holds stay put in every year.
        let held = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2024, rate: dec("10"), holds: ["6"]))])
        #expect(initial(held, 2024, "6") == dec("79653000"))
        #expect(initial(held, 2023, "6") == dec("79653000"))
    }

    @Test func compoundingRoundsEachYear() throws {
        // 150 → 151.5 → 152 (step 1), then 152 × 1.01 = 153.52 → 154: not 150 × 1.0201 = 153.015 → 153.
        let result = try evaluate([.growBudget(BudgetGrowth(fromYear: 2023, toYear: 2025, rate: dec("1"), rounding: dec("1")))],
                                  on: NestedBudget.dataset)
        #expect(initial(result, 2024, "06.1") == dec("152"))
        #expect(initial(result, 2025, "06.1") == dec("154"))
    }

    @Test func roundsToAStep() throws {
        let result = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("7.3"), rounding: dec("1000")))])
        #expect(initial(result, 2022, "1") == dec("789817000"))  // 789817059
        #expect(initial(result, 2022, "6") == dec("85468000"))   // 85467669
        for line in goc.lines(2021) {
            let grown = try #require(initial(result, 2022, line.code))
            let exact = try #require(line.initial) * dec("1.073")
            #expect(grown.rounded(toMultipleOf: dec("1000")) == grown, "line \(line.code) is a multiple of 1000")
            #expect((grown - exact).magnitude <= dec("500"), "line \(line.code)")
        }
        // Half-up: 151.5 → 152, 50.5 → 51.
        let half = try evaluate([NestedBudget.growth(rate: "1", rounding: "1")], on: NestedBudget.dataset)
        #expect(initial(half, 2024, "06.1") == dec("152"))
        #expect(initial(half, 2024, "06.2") == dec("51"))
    }

    @Test func roundsToTheKurusByDefault() throws {
        let lines = [
            BudgetLine(year: 2023, classification: .economic, code: "1", name: "Bir", initial: dec("1000.01")),
            BudgetLine(year: 2023, classification: .economic, code: "2", name: "İki", initial: dec("600.05")),
            BudgetLine(year: 2023, classification: .economic, code: "3", name: "Üç", initial: dec("333.33")),
        ]
        let dataset = Dataset(manifest: makeManifest(), budget: lines)
        let result = try evaluate([.growBudget(BudgetGrowth(fromYear: 2023, toYear: 2024, rate: dec("12.345")))], on: dataset)
        #expect(initial(result, 2024, "1") == dec("1123.46"))  // 1123.4612345
        #expect(initial(result, 2024, "2") == dec("674.13"))   // 674.1261725
        #expect(initial(result, 2024, "3") == dec("374.48"))   // 374.4795885
        let half = try evaluate([.growBudget(BudgetGrowth(fromYear: 2023, toYear: 2024, rate: dec("10")))], on: dataset)
        #expect(initial(half, 2024, "2") == dec("660.06"))     // 660.055, half-up
        for line in result.dataset.lines(2024) {
            #expect((line.initial?.normalized.scale ?? 0) <= 2, "line \(line.code)")
        }
    }

    @Test func parentsAreTheSumOfGrownChildren() throws {
        // Each child rounded to the step: 152 + 51 = 203, while the parent on its own would be 202.
        let result = try evaluate([NestedBudget.growth(rate: "1", rounding: "1")], on: NestedBudget.dataset)
        #expect(initial(result, 2024, "06") == dec("203"))
        #expect(initial(result, 2024, "01") == dec("1010"))
        let analysis = BudgetAnalysis(result.dataset.budget)
        for line in analysis.lines where line.line.year == 2024 {
            let children = result.dataset.lines(2024).filter { $0.parent == line.line.code }
            if !children.isEmpty {
                #expect(line.line.initial == children.compactMap(\.initial).sum(), "line \(line.line.code)")
            }
        }
        // The parent and hierarchy are kept.
        #expect(result.dataset.line(2024, "06.1")?.parent == "06")
        #expect(result.dataset.line(2024, "06.1")?.name == "Kalem 06.1")
    }

    @Test func replacesTheLinesOfTheTargetYear() throws {
        let result = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("10")))])
        // The stated 2022 lines (with line 7, which 2021 lacks) are gone; only the grown ones remain.
        #expect(result.dataset.lines(2022).map(\.code) == ["1", "2", "3", "5", "6"])
        #expect(result.dataset.lines(2022).allSatisfy { $0.reportedChangePct == nil && $0.revised == nil && $0.spent == nil })
        // Other years are untouched.
        #expect(result.dataset.lines(2021) == goc.lines(2021))
        #expect(result.dataset.lines(2020) == goc.lines(2020))
        #expect(result.dataset.budget.count == goc.budget.count - 1)
    }

    @Test func growthErrors() throws {
        let backwards = scenarioErrorMessage { _ = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2021, rate: dec("1")))]) }
        #expect(backwards?.hasSuffix("the target year must come after 2021") == true)
        let noBase = scenarioErrorMessage { _ = try evaluate([.growBudget(BudgetGrowth(fromYear: 2019, toYear: 2020, rate: dec("1")))]) }
        #expect(noBase?.hasSuffix("no economic budget lines in 2019") == true)
        let noAmounts = scenarioErrorMessage { _ = try evaluate([.growBudget(BudgetGrowth(fromYear: 2022, base: .spent, toYear: 2023, rate: dec("1")))]) }
        #expect(noAmounts?.hasSuffix("no spent amounts in 2022 to grow") == true)
        let hold = scenarioErrorMessage { _ = try evaluate([NestedBudget.growth(rate: "1", holds: ["09"])], on: NestedBudget.dataset) }
        #expect(hold?.hasSuffix("no economic line 09 in 2023") == true)
        let rate = scenarioErrorMessage { _ = try evaluate([NestedBudget.growth(rate: "1", codeRates: [("06.3", "5")])], on: NestedBudget.dataset) }
        #expect(rate?.hasSuffix("no economic line 06.3 in 2023") == true)
    }

    /// THE ISSUE'S ACCEPTANCE TEST: grow 2021 KBÖ to 2022 by the rates the report prints for
    /// 2022 and compare with the 2022 KBÖ the report states.
    @Test func reportRatesFor2022ReproduceThe2022Budget() throws {
        let printed: [(code: String, rate: String)] = [("1", "53.9"), ("2", "33.4"), ("3", "48.2"), ("5", "51.2"), ("6", "-19.6")]
        // The rates are the ones the fixture carries as the report's printed change.
        for (code, rate) in printed {
            #expect(goc.line(2022, code)?.reportedChangePct == dec(rate), "line \(code)")
        }
        let growth = BudgetGrowth(fromYear: 2021, base: .initial, toYear: 2022, rate: .zero,
                                  codeRates: printed.map { BudgetGrowth.CodeRate(code: $0.code, rate: dec($0.rate)) })
        let result = try evaluate([.growBudget(growth)])

        let exact = ["1": "1132831737", "2": "184096002", "3": "209483664", "5": "2855307672", "6": "64041012"]
        var gaps: [String: (gap: ExactDecimal, base: ExactDecimal)] = [:]
        for (code, _) in printed {
            let base = try #require(goc.line(2021, code)?.initial)
            let report = try #require(goc.line(2022, code)?.initial)
            let grown = try #require(initial(result, 2022, code))
            #expect(grown == dec(exact[code]!), "line \(code)")
            gaps[code] = ((grown - report).magnitude, base)
        }
        // Line 1: within the rounding of the printed rate (half a unit of its last digit).
        #expect(gaps["1"]!.gap <= gaps["1"]!.base * dec("0.0005"))
        // Lines 3, 5, 6: within one unit of the last printed digit (the report truncated the rate).
        for code in ["3", "5", "6"] {
            #expect(gaps[code]!.gap <= gaps[code]!.base * dec("0.001"), "line \(code)")
            #expect(gaps[code]!.gap > gaps[code]!.base * dec("0.0005"), "line \(code) is truncated, not rounded")
        }
        // Line 2: the printed 33.4 % is wrong; the real change is 50.3 %.
        #expect(gaps["2"]!.gap > gaps["2"]!.base * dec("0.001"))
        let real = Formulas.change(from: goc.line(2021, "2")?.initial, to: goc.line(2022, "2")?.initial)
        #expect(rounded(real, 1) == "50.3")
        let corrected = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("50.3")))])
        #expect((try #require(initial(corrected, 2022, "2")) - dec("207447000")).magnitude <= dec("138003000") * dec("0.0005"))
        // Line 7 (Sermaye Transferleri) has no 2021 base: a grown 2022 does not have it.
        #expect(result.dataset.line(2022, "7") == nil)
    }
}

@Suite("Scenario evaluator: scaling and transfers")
struct BudgetScaleTransferTests {
    @Test func scalesAKBOYearToATotalWithHolds() throws {
        // 2022 states only KBÖ (initial).
        let result = try evaluate([.scaleBudget(year: 2022, classification: .economic, total: dec("5000000000"), holds: ["1"], rounding: nil)])
        #expect(initial(result, 2022, "1") == dec("1132970000"))
        let total = try #require(result.dataset.budgetTotal(2022, .initial))
        #expect(isClose(total, dec("5000000000"), within: dec("0.03")))  // six lines, each rounded to the kuruş
        let factor = (dec("5000000000") - dec("1132970000")).divided(by: dec("4493997000") - dec("1132970000"))!
        for code in ["2", "3", "5", "6", "7"] {
            let before = try #require(goc.line(2022, code)?.initial)
            #expect(isClose(initial(result, 2022, code), before * factor, within: dec("0.005")), "line \(code)")
        }
        // Other years untouched.
        #expect(result.dataset.lines(2021) == goc.lines(2021))
    }

    @Test func scalesTheRevisedAmountsWhenTheYearHasThem() throws {
        let result = try evaluate([.scaleBudget(year: 2021, classification: .economic, total: dec("4500000000"), holds: ["5"], rounding: nil)])
        #expect(result.dataset.line(2021, "5")?.revised == dec("2718823000"))
        #expect(isClose(result.dataset.budgetTotal(2021, .revised), dec("4500000000"), within: dec("0.025")))
        // The law's appropriations (KBÖ) are what they were.
        #expect(result.dataset.lines(2021).map(\.initial) == goc.lines(2021).map(\.initial))
        #expect(result.dataset.line(2021, "1")?.revised != goc.line(2021, "1")?.revised)
    }

    @Test func scalesWithARoundingStep() throws {
        let result = try evaluate([.scaleBudget(year: 2022, classification: .economic, total: dec("4600000000"), holds: [], rounding: dec("1000"))])
        for line in result.dataset.lines(2022) {
            let amount = try #require(line.initial)
            #expect(amount.rounded(toMultipleOf: dec("1000")) == amount, "line \(line.code)")
        }
        #expect(isClose(result.dataset.budgetTotal(2022, .initial), dec("4600000000"), within: dec("3000")))
    }

    @Test func scalingErrors() throws {
        let held = scenarioErrorMessage {
            _ = try evaluate([.scaleBudget(year: 2022, classification: .economic, total: dec("1"), holds: ["capital", "current"], rounding: nil)])
        }
        #expect(held?.hasSuffix("every line is held: nothing can scale") == true)
        let year = scenarioErrorMessage {
            _ = try evaluate([.scaleBudget(year: 2030, classification: .economic, total: dec("1"), holds: [], rounding: nil)])
        }
        #expect(year?.hasSuffix("no economic budget lines in 2030") == true)
    }

    @Test
    func scalingWithAnUnknownHoldIsAnError() throws {
        let message = scenarioErrorMessage {
            _ = try evaluate([.scaleBudget(year: 2022, classification: .economic, total: dec("5000000000"), holds: ["9"], rounding: nil)])
        }
        #expect(message?.contains("9") == true)
    }

    @Test
    func scalingWithAHeldSubLineKeepsParentsConsistent() throws {
        let result = try evaluate([.scaleBudget(year: 2023, classification: .economic, total: dec("2200"), holds: ["06.1"], rounding: nil)],
                                  on: NestedBudget.dataset)
        #expect(initial(result, 2023, "06.1") == dec("150"))
        let children = [initial(result, 2023, "06.1"), initial(result, 2023, "06.2")].compactMap { $0 }.sum()
        #expect(initial(result, 2023, "06") == children)
        #expect(isClose(result.dataset.budgetTotal(2023, .initial), dec("2200"), within: dec("0.05")))
    }

    @Test func transferKeepsTheTotalAndRecordsBothSides() throws {
        let result = try evaluate([.transfer(year: 2021, classification: .economic, amount: dec("1000000"), from: "1", to: "6")])
        let from = try #require(result.dataset.line(2021, "1")), to = try #require(result.dataset.line(2021, "6"))
        #expect(from.deducted == dec("265131000"))
        #expect(from.added == dec("357631000"))
        #expect(from.revised == dec("828583000"))
        #expect(to.added == dec("49061380"))
        #expect(to.deducted == dec("28224890"))
        #expect(to.revised == dec("100489489"))
        #expect(from.initial == dec("736083000") && to.initial == dec("79653000"))
        #expect(result.dataset.budgetTotal(2021, .revised) == goc.budgetTotal(2021, .revised))
        #expect(result.dataset.budgetTotal(2021, .revised) == dec("4127115489"))
        // Other lines are untouched.
        #expect(result.dataset.line(2021, "2") == goc.line(2021, "2"))
    }

    @Test func transferUpToEverythingAvailable() throws {
        let all = try evaluate([.transfer(year: 2021, classification: .economic, amount: dec("829583000"), from: "1", to: "2")])
        #expect(all.dataset.line(2021, "1")?.revised == .zero)
        #expect(all.dataset.line(2021, "2")?.revised == dec("994377000"))
        let more = scenarioErrorMessage {
            _ = try evaluate([.transfer(year: 2021, classification: .economic, amount: dec("829583000.01"), from: "1", to: "2")])
        }
        #expect(more?.hasSuffix("line 1 has less than 829583000.01 to give") == true)
        // A second transfer sees what the first left.
        let twice = scenarioErrorMessage {
            _ = try evaluate([.transfer(year: 2021, classification: .economic, amount: dec("800000000"), from: "1", to: "2"),
                              .transfer(year: 2021, classification: .economic, amount: dec("800000000"), from: "1", to: "3")])
        }
        #expect(twice?.hasPrefix("operation 2") == true)
    }

    @Test func transferErrors() throws {
        let from = scenarioErrorMessage { _ = try evaluate([.transfer(year: 2021, classification: .economic, amount: dec("1"), from: "9", to: "1")]) }
        #expect(from?.hasSuffix("no economic line 9 in 2021") == true)
        let to = scenarioErrorMessage { _ = try evaluate([.transfer(year: 2021, classification: .economic, amount: dec("1"), from: "1", to: "9")]) }
        #expect(to?.hasSuffix("no economic line 9 in 2021") == true)
        let year = scenarioErrorMessage { _ = try evaluate([.transfer(year: 2030, classification: .economic, amount: dec("1"), from: "1", to: "2")]) }
        #expect(year?.hasSuffix("no economic line 1 in 2030") == true)
        let same = scenarioErrorMessage { _ = try evaluate([.transfer(year: 2021, classification: .economic, amount: dec("1"), from: "1", to: "1")]) }
        #expect(same?.hasSuffix("a transfer needs two different lines") == true)
    }

    @Test func transferInAYearOfAppropriationsOnly() throws {
        // A planned (grown) year has only KBÖ: a transfer moves it and keeps the total.
        let result = try evaluate([.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("10"))),
                                   .transfer(year: 2022, classification: .economic, amount: dec("1000"), from: "1", to: "6")])
        func amount(_ code: String) -> ExactDecimal? {
            BudgetAnalysis(result.dataset.budget).lines.first { $0.line.year == 2022 && $0.line.code == code }
                .flatMap { $0.amounts[.revised] ?? $0.amounts[.initial] }
        }
        #expect(amount("1") == dec("809690300"))
        #expect(amount("6") == dec("87619300"))
        let total = try #require(BudgetAnalysis(result.dataset.budget).total(year: 2022, classification: .economic))
        #expect((total.amounts[.revised] ?? total.amounts[.initial]) == dec("3281874200"))
    }

    @Test
    func transferFromALineWithOnlyItsAppropriation() throws {
        var lines = NestedBudget.lines.filter { $0.parent == nil }
        lines[0].revised = dec("1100")  // 01: KBÖ 1000, revised 1100; 07 has only its KBÖ of 100
        let dataset = Dataset(manifest: makeManifest(), budget: lines)
        let result = try evaluate([.transfer(year: 2023, classification: .economic, amount: dec("10"), from: "07", to: "01")], on: dataset)
        #expect(result.dataset.line(2023, "01")?.effectiveRevised == dec("1110"))
        #expect(result.dataset.line(2023, "07")?.initial == dec("90"))
    }
}

@Suite("Scenario evaluator: ceilings, inflation, order, purity")
struct ScenarioDeclarationTests {
    @Test func ceilingsAreRecordedOnePerYear() throws {
        let result = try evaluate([
            .ceiling(year: 2022, classification: .economic, amount: dec("4000000000")),
            .ceiling(year: 2023, classification: .economic, amount: dec("5000000000")),
            .ceiling(year: 2022, classification: .economic, amount: dec("4100000000")),
        ])
        #expect(result.ceilings.count == 2)
        #expect(result.ceilings.contains(BudgetCeiling(year: 2022, classification: .economic, amount: dec("4100000000"))))
        #expect(result.ceilings.contains(BudgetCeiling(year: 2023, classification: .economic, amount: dec("5000000000"))))
        // Nothing is cut.
        #expect(result.dataset == goc)
    }

    @Test func inflationPathsMergeByYear() throws {
        let result = try evaluate([
            .inflation([YearRate(year: 2022, rate: dec("10")), YearRate(year: 2023, rate: dec("20"))]),
            .inflation([YearRate(year: 2024, rate: dec("5")), YearRate(year: 2023, rate: dec("25"))]),
        ])
        #expect(result.inflation == [YearRate(year: 2022, rate: dec("10")), YearRate(year: 2023, rate: dec("25")), YearRate(year: 2024, rate: dec("5"))])
        #expect(result.dataset == goc)
    }

    @Test func realDeflatesByTheProductOfRates() throws {
        let result = try evaluate([.inflation([YearRate(year: 2022, rate: dec("10")), YearRate(year: 2023, rate: dec("20"))])])
        #expect(result.real(dec("1100"), year: 2022) == dec("1000"))
        #expect(result.real(dec("1320"), year: 2023) == dec("1000"))        // 1.1 × 1.2 = 1.32
        #expect(result.real(dec("1320"), year: 2023)?.description == "1000.00")
        #expect(result.real(dec("1000"), year: 2022) == dec("909.09"))      // 909.0909…
        #expect(result.real(dec("1000"), year: 2024) == dec("757.58"))      // no rate for 2024: 1000 / 1.32 = 757.5757…
        #expect(result.real(dec("1000"), year: 2021) == dec("1000"))        // the base year itself
        #expect(try evaluate([]).real(dec("1000"), year: 2022) == nil)
    }

    @Test func operationOrderMatters() throws {
        let selection = IndicatorSelection(codes: ["PP16"])
        let toThenUp = try evaluate([.setTarget(selection, .to(dec("80000"))), .setTarget(selection, .byPercent(dec("10")))])
        let upThenTo = try evaluate([.setTarget(selection, .byPercent(dec("10"))), .setTarget(selection, .to(dec("80000")))])
        #expect(target(toThenUp, "PP16") == dec("88000"))
        #expect(target(upThenTo, "PP16") == dec("80000"))

        // A transfer in 2021 then growth of the revised amounts differs from the growth alone.
        let grow = ScenarioOperation.growBudget(BudgetGrowth(fromYear: 2021, base: .revised, toYear: 2022, rate: dec("10")))
        let transfer = ScenarioOperation.transfer(year: 2021, classification: .economic, amount: dec("1000"), from: "1", to: "6")
        let transferFirst = try evaluate([transfer, grow])
        let growFirst = try evaluate([grow, transfer])
        #expect(initial(transferFirst, 2022, "1") == dec("912540200"))  // 829582000 × 1.1
        #expect(initial(growFirst, 2022, "1") == dec("912541300"))      // 829583000 × 1.1
    }

    @Test func evaluationIsPure() throws {
        let baseline = GocFixture.dataset
        let operations: [ScenarioOperation] = [
            .setTarget(IndicatorSelection(codes: ["PP16"]), .byPercent(dec("10"))),
            .setActual(IndicatorSelection(goal: "H1.2"), .by(dec("1"))),
            .setWeight(code: "PG1.2.3", year: nil, weight: dec("40")),
            .forecast(IndicatorSelection(codes: ["PP1"]), .linearTrend(knownQuarters: 2)),
            .growBudget(BudgetGrowth(fromYear: 2021, toYear: 2023, rate: dec("10"))),
            .transfer(year: 2021, classification: .economic, amount: dec("1"), from: "1", to: "2"),
            .scaleBudget(year: 2020, classification: .economic, total: dec("3000000000"), holds: [], rounding: nil),
            .ceiling(year: 2023, classification: .economic, amount: dec("1")),
            .inflation([YearRate(year: 2022, rate: dec("20"))]),
        ]
        let first = try ScenarioEvaluator.apply(operations, to: baseline)
        #expect(baseline == GocFixture.dataset)
        #expect(baseline.indicator("PP16")?.target == dec("75000"))
        #expect(baseline.line(2021, "1")?.revised == dec("829583000"))
        let second = try ScenarioEvaluator.apply(operations, to: baseline)
        #expect(first.dataset == second.dataset)
        #expect(first.ceilings == second.ceilings && first.inflation == second.inflation && first.forecasts == second.forecasts)
        #expect(first.dataset != baseline)
        // No operations: the baseline as it is.
        let none = try ScenarioEvaluator.apply([], to: baseline)
        #expect(none.dataset == baseline && none.ceilings.isEmpty && none.inflation.isEmpty && none.forecasts.isEmpty)
    }

    @Test func scenarioNames() {
        #expect(Scenario.isValidName("hedef-2022"))
        #expect(!Scenario.isValidName("baseline"))
        #expect(!Scenario.isValidName("Büyük"))
        #expect(!Scenario.isValidName(""))
    }
}
