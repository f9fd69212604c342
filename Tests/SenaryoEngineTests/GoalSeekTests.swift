import Testing
@testable import SenaryoEngine

// Goal seeking: the target or actual that reaches a band (checked by plugging the answer back
// into IndicatorFigures), and the largest growth rate within a ceiling (closed form or bisection).

private let tiny = dec("0.00000000000000000001")  // 1e-20
private let kind = DocumentKind.activityReport

private func indicator(_ code: String) throws -> Indicator {
    try #require(GocFixture.dataset.indicator(code))
}

private func rate(_ indicator: Indicator, settings: FigureSettings = .standard) -> ExactDecimal? {
    IndicatorFigures(indicator, kind: kind, settings: settings).rate.value
}

private func status(_ indicator: Indicator, settings: FigureSettings = .standard) -> StatusBand? {
    IndicatorFigures(indicator, kind: kind, settings: settings).status
}

/// The indicator with the answer as its target.
private func withTarget(_ indicator: Indicator, _ answer: GoalSeek.Answer) -> Indicator {
    var copy = indicator
    copy.target = answer.value
    return copy
}

/// The indicator with the answer as its actual.
private func withActual(_ indicator: Indicator, _ answer: GoalSeek.Answer) -> Indicator {
    var copy = indicator
    copy.actual = answer.value
    return copy
}

private let bands70 = FigureSettings(bands: StatusBands(partialFrom: 70, reachedAt: 100))

@Suite("Goal seek: targets and actuals")
struct GoalSeekIndicatorTests {
    @Test func realisationIncreaseTarget() throws {
        let pp16 = try indicator("PP16")  // C = 46845, B = 75000, realisation (no weight)
        #expect(IndicatorFigures(pp16, kind: kind).basis == .realisation)
        let reached = try GoalSeek.target(for: pp16, band: .reached, kind: kind, settings: .standard)
        #expect(reached.value == dec("46845"))
        #expect(reached.tolerance == nil)
        #expect(rate(withTarget(pp16, reached)) == dec("100"))
        #expect(status(withTarget(pp16, reached)) == .reached)
        let partial = try GoalSeek.target(for: pp16, band: .partiallyReached, kind: kind, settings: .standard)
        #expect(partial.value == dec("58556.25"))
        #expect(rate(withTarget(pp16, partial)) == dec("80"))
        #expect(status(withTarget(pp16, partial)) == .partiallyReached)
        // A threshold that does not divide evenly: the rate is the threshold within 1e-20.
        let seventy = try GoalSeek.target(for: pp16, band: .partiallyReached, kind: kind, settings: bands70)
        #expect(isClose(rate(withTarget(pp16, seventy), settings: bands70), dec("70"), within: tiny))
    }

    @Test func realisationIncreaseActual() throws {
        let pp16 = try indicator("PP16")
        let reached = try GoalSeek.actual(for: pp16, band: .reached, kind: kind, settings: .standard)
        #expect(reached.value == dec("75000"))
        #expect(rate(withActual(pp16, reached)) == dec("100"))
        let partial = try GoalSeek.actual(for: pp16, band: .partiallyReached, kind: kind, settings: .standard)
        #expect(partial.value == dec("60000"))
        #expect(rate(withActual(pp16, partial)) == dec("80"))
        #expect(status(withActual(pp16, partial)) == .partiallyReached)
    }

    @Test func realisationDecrease() throws {
        // Less is better: B / C × 100 = 40 / 50 = 80 %.
        let d1 = makeIndicator(code: "D1", direction: .decrease, target: dec("40"), actual: dec("50"))
        let target = try GoalSeek.target(for: d1, band: .reached, kind: kind, settings: .standard)
        #expect(target.value == dec("50"))
        #expect(rate(withTarget(d1, target)) == dec("100"))
        let partialTarget = try GoalSeek.target(for: d1, band: .partiallyReached, kind: kind, settings: .standard)
        #expect(partialTarget.value == dec("40"))
        #expect(rate(withTarget(d1, partialTarget)) == dec("80"))

        let actual = try GoalSeek.actual(for: d1, band: .reached, kind: kind, settings: .standard)
        #expect(actual.value == dec("40"))
        #expect(rate(withActual(d1, actual)) == dec("100"))
        #expect(status(withActual(d1, actual)) == .reached)
        let partialActual = try GoalSeek.actual(for: d1, band: .partiallyReached, kind: kind, settings: .standard)
        #expect(partialActual.value == dec("50"))
        #expect(rate(withActual(d1, partialActual)) == dec("80"))
        // 40 × 100 / 70 does not divide evenly.
        let seventy = try GoalSeek.actual(for: d1, band: .partiallyReached, kind: kind, settings: bands70)
        #expect(isClose(rate(withActual(d1, seventy), settings: bands70), dec("70"), within: tiny))
        #expect(seventy.value > dec("57.14") && seventy.value < dec("57.15"))
    }

    @Test func performanceIncrease() throws {
        let pg = try indicator("PG1.2.3")  // A 6, B 27, C 18, weight 10: performance basis
        #expect(IndicatorFigures(pg, kind: kind).basis == .performance)
        let target = try GoalSeek.target(for: pg, band: .reached, kind: kind, settings: .standard)
        #expect(target.value == dec("18"))
        #expect(rate(withTarget(pg, target)) == dec("100"))
        #expect(status(withTarget(pg, target)) == .reached)
        let partialTarget = try GoalSeek.target(for: pg, band: .partiallyReached, kind: kind, settings: .standard)
        #expect(partialTarget.value == dec("21"))
        #expect(rate(withTarget(pg, partialTarget)) == dec("80"))

        let actual = try GoalSeek.actual(for: pg, band: .reached, kind: kind, settings: .standard)
        #expect(actual.value == dec("27"))
        #expect(rate(withActual(pg, actual)) == dec("100"))
        let partialActual = try GoalSeek.actual(for: pg, band: .partiallyReached, kind: kind, settings: .standard)
        #expect(partialActual.value == dec("22.8"))
        #expect(rate(withActual(pg, partialActual)) == dec("80"))
        #expect(status(withActual(pg, partialActual)) == .partiallyReached)

        let seventy = try GoalSeek.target(for: pg, band: .partiallyReached, kind: kind, settings: bands70)
        #expect(isClose(rate(withTarget(pg, seventy), settings: bands70), dec("70"), within: tiny))
    }

    @Test func performanceDecrease() throws {
        // (C − A) / (B − A): A 100, B 50, C 70 → 60 %.
        let d = makeIndicator(code: "D2", direction: .decrease, weight: dec("10"), baseline: dec("100"), target: dec("50"), actual: dec("70"))
        #expect(rate(d) == dec("60"))
        let target = try GoalSeek.target(for: d, band: .reached, kind: kind, settings: .standard)
        #expect(target.value == dec("70"))
        #expect(rate(withTarget(d, target)) == dec("100"))
        let partialTarget = try GoalSeek.target(for: d, band: .partiallyReached, kind: kind, settings: .standard)
        #expect(partialTarget.value == dec("62.5"))
        #expect(rate(withTarget(d, partialTarget)) == dec("80"))
        let actual = try GoalSeek.actual(for: d, band: .reached, kind: kind, settings: .standard)
        #expect(actual.value == dec("50"))
        #expect(rate(withActual(d, actual)) == dec("100"))
        let partialActual = try GoalSeek.actual(for: d, band: .partiallyReached, kind: kind, settings: .standard)
        #expect(partialActual.value == dec("60"))
        #expect(rate(withActual(d, partialActual)) == dec("80"))
    }

    @Test func missingBaselineCountsAsZeroOnlyWhenSet() throws {
        let pg = try indicator("PG1.3.1")  // no baseline, B 181, C 0
        let actual = try GoalSeek.actual(for: pg, band: .reached, kind: kind, settings: .standard)
        #expect(actual.value == dec("181"))
        #expect(rate(withActual(pg, actual)) == dec("100"))
        let strict = FigureSettings(missingBaselineIsZero: false)
        let message = scenarioErrorMessage { _ = try GoalSeek.actual(for: pg, band: .reached, kind: kind, settings: strict) }
        #expect(message == "PG1.3.1 has no baseline (A)")
        let targetMessage = scenarioErrorMessage { _ = try GoalSeek.target(for: pg, band: .reached, kind: kind, settings: strict) }
        #expect(targetMessage == "PG1.3.1 has no baseline (A)")
    }

    @Test func theBasisSettingIsFollowed() throws {
        // Forced realisation on a weighted indicator: C / B.
        let pg = try indicator("PG1.2.3")
        let settings = FigureSettings(basis: .realisation)
        let answer = try GoalSeek.target(for: pg, band: .partiallyReached, kind: kind, settings: settings)
        #expect(answer.value == dec("22.5"))
        #expect(IndicatorFigures(withTarget(pg, answer), kind: kind, settings: settings).rate.value == dec("80"))
    }

    @Test func exceededAndNotReachedHaveNoThreshold() throws {
        let pp16 = try indicator("PP16")
        for band in [StatusBand.exceeded, .notReached] {
            let target = scenarioErrorMessage { _ = try GoalSeek.target(for: pp16, band: band, kind: kind, settings: .standard) }
            let actual = scenarioErrorMessage { _ = try GoalSeek.actual(for: pp16, band: band, kind: kind, settings: .standard) }
            #expect(target != nil && target == actual, "\(band)")
        }
        let exceeded = scenarioErrorMessage { _ = try GoalSeek.target(for: pp16, band: .exceeded, kind: kind, settings: .standard) }
        #expect(exceeded?.contains("exceeded") == true)
        let notReached = scenarioErrorMessage { _ = try GoalSeek.target(for: pp16, band: .notReached, kind: kind, settings: .standard) }
        #expect(notReached?.contains("not reached") == true)
    }

    @Test func missingValuesAreErrors() throws {
        let noActual = makeIndicator(code: "N1", target: dec("10"))
        #expect(scenarioErrorMessage { _ = try GoalSeek.target(for: noActual, band: .reached, kind: kind, settings: .standard) }
            == "N1 has no actual (C) or quarters")
        let noTarget = makeIndicator(code: "N2", actual: dec("10"))
        #expect(scenarioErrorMessage { _ = try GoalSeek.actual(for: noTarget, band: .reached, kind: kind, settings: .standard) }
            == "N2 has no target (B)")
        // The year-end from the quarters is used when no actual is stated.
        let quarters = makeIndicator(code: "Q1", aggregation: .sum, target: dec("100"), quarters: [dec("20"), dec("20"), dec("20"), dec("20")])
        #expect(try GoalSeek.target(for: quarters, band: .reached, kind: kind, settings: .standard).value == dec("80"))
    }
}

// MARK: - Maximum growth within a ceiling

private let gocBaseTotal = dec("2983522000")

private func growth(from: Int = 2021, to: Int = 2022, codeRates: [(String, String)] = [], holds: [String] = [],
                    rounding: String? = nil) -> ScenarioOperation {
    .growBudget(BudgetGrowth(fromYear: from, toYear: to, rate: .zero,
                             codeRates: codeRates.map { BudgetGrowth.CodeRate(code: $0.0, rate: dec($0.1)) },
                             holds: holds, rounding: rounding.map { dec($0) }))
}

private func ceiling(_ year: Int, _ amount: String) -> ScenarioOperation {
    .ceiling(year: year, classification: .economic, amount: dec(amount))
}

/// The grown year's total with every growth operation's overall rate set to `rate`.
private func total(_ operations: [ScenarioOperation], at rate: ExactDecimal, year: Int) throws -> ExactDecimal {
    let changed = operations.map { operation -> ScenarioOperation in
        guard case .growBudget(var g) = operation else { return operation }
        g.rate = rate
        return .growBudget(g)
    }
    return try #require(try evaluate(changed).dataset.budgetTotal(year, .initial))
}

@Suite("Goal seek: maximum growth")
struct MaximumGrowthTests {
    @Test func closedFormOneYear() throws {
        let operations = [growth(), ceiling(2022, "4000000000")]
        let answer = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: operations, settings: .standard)
        #expect(answer.tolerance == nil)
        #expect(answer.value == ((dec("4000000000") - gocBaseTotal) * .hundred).divided(by: gocBaseTotal)!)
        #expect(answer.value > dec("34.06") && answer.value < dec("34.07"))
        // Five lines, each rounded to the kuruş.
        #expect(isClose(try total(operations, at: answer.value, year: 2022), dec("4000000000"), within: dec("0.025")))
    }

    @Test func closedFormWithHolds() throws {
        let operations = [growth(holds: ["1"]), ceiling(2022, "4000000000")]
        let answer = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: operations, settings: .standard)
        #expect(answer.tolerance == nil)
        let free = gocBaseTotal - dec("736083000")
        #expect(answer.value == ((dec("4000000000") - gocBaseTotal) * .hundred).divided(by: free)!)
        #expect(isClose(try total(operations, at: answer.value, year: 2022), dec("4000000000"), within: dec("0.025")))
        let grown = try evaluate([growth(holds: ["1"])].map { op in
            guard case .growBudget(var g) = op else { return op }
            g.rate = answer.value
            return .growBudget(g)
        })
        #expect(grown.dataset.line(2022, "1")?.initial == dec("736083000"))
    }

    @Test func closedFormWithACodeRate() throws {
        // Line 5 grows 10 % whatever the overall rate: it is fixed for the seek.
        let operations = [growth(codeRates: [("5", "10")]), ceiling(2022, "4000000000")]
        let answer = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: operations, settings: .standard)
        let fixed = dec("2077274100"), free = gocBaseTotal - dec("1888431000")
        #expect(answer.value == ((dec("4000000000") - fixed - free) * .hundred).divided(by: free)!)
        #expect(isClose(try total(operations, at: answer.value, year: 2022), dec("4000000000"), within: dec("0.025")))
    }

    @Test func bisectionWithARoundingStep() throws {
        let operations = [growth(rounding: "1000"), ceiling(2022, "4000000000")]
        let answer = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: operations, settings: .standard)
        let tolerance = try #require(answer.tolerance)
        #expect(tolerance == dec("0.000000001"))
        #expect(try total(operations, at: answer.value, year: 2022) <= dec("4000000000"))
        #expect(try total(operations, at: answer.value + tolerance * 2, year: 2022) > dec("4000000000"))
        #expect(answer.value > dec("34.06") && answer.value < dec("34.07"))
    }

    @Test func bisectionOverSeveralYears() throws {
        let operations = [growth(to: 2023, holds: ["6"]), ceiling(2023, "5000000000")]
        let answer = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: operations, settings: .standard)
        let tolerance = try #require(answer.tolerance)
        #expect(try total(operations, at: answer.value, year: 2023) <= dec("5000000000"))
        #expect(try total(operations, at: answer.value + tolerance * 2, year: 2023) > dec("5000000000"))
        // (5000000000 − 79653000) / 2903869000 = (1 + r)² → r ≈ 30.18 %.
        #expect(answer.value > dec("30.1") && answer.value < dec("30.3"))
    }

    @Test func theLastGrowthOperationIsSought() throws {
        let operations = [growth(to: 2022), growth(from: 2022, to: 2023, rounding: "1"), ceiling(2023, "4000000000")]
        let answer = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: operations, settings: .standard)
        let tolerance = try #require(answer.tolerance)  // a rounding step: bisection
        // The first growth (0 %) keeps 2022 at the 2021 amounts; only the second is sought.
        func result(at rate: ExactDecimal) throws -> ScenarioResult {
            try evaluate([growth(to: 2022), .growBudget(BudgetGrowth(fromYear: 2022, toYear: 2023, rate: rate, rounding: dec("1"))),
                          ceiling(2023, "4000000000")])
        }
        #expect(try #require(try result(at: answer.value).dataset.budgetTotal(2023, .initial)) <= dec("4000000000"))
        #expect(try #require(try result(at: answer.value + tolerance * 2).dataset.budgetTotal(2023, .initial)) > dec("4000000000"))
        #expect(try result(at: answer.value).dataset.budgetTotal(2022, .initial) == gocBaseTotal)
    }

    @Test func errors() throws {
        let noCeiling = scenarioErrorMessage { _ = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: [growth()], settings: .standard) }
        #expect(noCeiling?.hasPrefix("no ceiling for 2022") == true)
        let otherYear = scenarioErrorMessage {
            _ = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: [growth(), ceiling(2023, "1")], settings: .standard)
        }
        #expect(otherYear?.hasPrefix("no ceiling for 2022") == true)
        let noGrowth = scenarioErrorMessage {
            _ = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: [ceiling(2022, "1")], settings: .standard)
        }
        #expect(noGrowth?.hasPrefix("no operation of this scenario has a parameter growth") == true)

        let allHeld = scenarioErrorMessage {
            _ = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: [growth(holds: ["capital", "current"]), ceiling(2022, "4000000000")],
                                           settings: .standard)
        }
        #expect(allHeld?.contains("every line is held or has its own --rate") == true)
        let allRated = scenarioErrorMessage {
            _ = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset,
                                           operations: [growth(codeRates: [("1", "5"), ("2", "5"), ("3", "5"), ("5", "5"), ("6", "5")]),
                                                        ceiling(2022, "4000000000")], settings: .standard)
        }
        #expect(allRated?.contains("every line is held or has its own --rate") == true)
        let mixed = scenarioErrorMessage {
            _ = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset,
                                           operations: [growth(codeRates: [("capital", "5")], holds: ["current"]), ceiling(2022, "4000000000")],
                                           settings: .standard)
        }
        #expect(mixed?.contains("every line is held or has its own --rate") == true)

        // Bisection bounds.
        let heldAbove = scenarioErrorMessage {
            _ = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: [growth(holds: ["5"], rounding: "1000"), ceiling(2022, "1000000000")],
                                           settings: .standard)
        }
        #expect(heldAbove?.contains("exceeds the ceiling") == true)
        let unreachable = scenarioErrorMessage {
            _ = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: [growth(rounding: "1000"), ceiling(2022, "1000000000000")],
                                           settings: .standard)
        }
        #expect(unreachable?.contains("not reached even at 1000 %") == true)
    }
}
