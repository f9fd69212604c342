import Testing
@testable import SenaryoEngine

@Suite("IndicatorFigures: performance, realisation, year-end, basis, status")
struct IndicatorFiguresTests {
    // MARK: Performance, limited and unlimited

    @Test("performance is limited to 0...100; performanceUnlimited is not")
    func limited() {
        let over = IndicatorFigures(makeIndicator(weight: 10, baseline: 65, target: 85, actual: 100), kind: .activityReport)
        #expect(over.performanceUnlimited == .value(175))
        #expect(over.performance == .value(100))

        let under = IndicatorFigures(makeIndicator(weight: 10, baseline: 3, target: 4, actual: 2), kind: .activityReport)
        #expect(under.performanceUnlimited == .value(-100))
        #expect(under.performance == .value(0))

        let inside = IndicatorFigures(makeIndicator(weight: 10, baseline: 6, target: 27, actual: 18), kind: .activityReport)
        #expect(inside.performance == inside.performanceUnlimited)
        #expect(inside.performance.value?.formatted(decimals: 2) == "57.14")
    }

    @Test("undefined performance stays undefined in both, with the reason")
    func undefinedPerformance() {
        let equal = IndicatorFigures(makeIndicator(weight: 10, baseline: 95, target: 95, actual: 95), kind: .activityReport)
        #expect(equal.performanceUnlimited == .undefined("target equals baseline (B = A)"))
        #expect(equal.performance == .undefined("target equals baseline (B = A)"))
        #expect(equal.rate.value == nil)
        #expect(equal.status == nil)

        let noActual = IndicatorFigures(makeIndicator(weight: 10, baseline: 1, target: 5), kind: .activityReport)
        #expect(noActual.performance == .undefined("no actual (C)"))
        #expect(noActual.realisation == .undefined("no actual (C)"))
        #expect(noActual.yearEnd == nil)
        #expect(noActual.status == nil)
    }

    @Test("a decreasing indicator: A=20, B=10, C=14 → performance 60, realisation B/C 71.43")
    func decreasing() {
        let f = IndicatorFigures(makeIndicator(direction: .decrease, weight: 50, baseline: 20, target: 10, actual: 14), kind: .strategicPlan)
        #expect(f.performance == .value(60))
        #expect(f.realisation.value?.formatted(decimals: 2) == "71.43")
        #expect(f.basis == .performance)
        #expect(f.rate == .value(60))
        #expect(f.status == .notReached)
    }

    // MARK: Missing baseline

    @Test("a missing baseline counts as 0 by default, and is flagged")
    func missingBaselineZero() {
        // PG2.3.1: A "-", B=6, C=4 → 66.67 as the report's evaluation tables do.
        let f = IndicatorFigures(makeIndicator(weight: 30, baseline: nil, target: 6, actual: 4), kind: .activityReport)
        #expect(FigureSettings.standard.missingBaselineIsZero)
        #expect(f.baselineAssumedZero)
        #expect(f.performance.value?.formatted(decimals: 2) == "66.67")

        let withBaseline = IndicatorFigures(makeIndicator(weight: 30, baseline: 0, target: 6, actual: 4), kind: .activityReport)
        #expect(!withBaseline.baselineAssumedZero)
        #expect(withBaseline.performance == f.performance)
    }

    @Test("with missingBaselineIsZero off, a missing baseline leaves performance undefined")
    func missingBaselineUndefined() {
        let settings = FigureSettings(missingBaselineIsZero: false)
        let f = IndicatorFigures(makeIndicator(weight: 30, baseline: nil, target: 6, actual: 4), kind: .activityReport, settings: settings)
        #expect(!f.baselineAssumedZero)
        #expect(f.performanceUnlimited == .undefined("no baseline (A)"))
        #expect(f.performance == .undefined("no baseline (A)"))
        #expect(f.rate.value == nil)
        #expect(f.status == nil)
        // Realisation does not need A.
        #expect(f.realisation.value?.formatted(decimals: 2) == "66.67")
    }

    // MARK: Realisation

    @Test("realisation C/B for increase, B/C for decrease; zero target / zero actual undefined")
    func realisation() {
        let up = IndicatorFigures(makeIndicator(target: 270, actual: 442), kind: .activityReport)
        #expect(up.realisation.value?.formatted(decimals: 1) == "163.7")
        let down = IndicatorFigures(makeIndicator(direction: .decrease, target: 270, actual: 442), kind: .activityReport)
        #expect(down.realisation.value?.formatted(decimals: 2) == "61.09")

        let zeroTarget = IndicatorFigures(makeIndicator(target: 0, actual: 5), kind: .activityReport)
        #expect(zeroTarget.realisation == .undefined("target is zero"))
        #expect(zeroTarget.rate.value == nil)
        #expect(zeroTarget.status == nil)
        let zeroActual = IndicatorFigures(makeIndicator(direction: .decrease, target: 5, actual: 0), kind: .activityReport)
        #expect(zeroActual.realisation == .undefined("actual is zero (less is better: B / C)"))
        #expect(zeroActual.status == nil)
    }

    // MARK: Year-end from quarters

    @Test("with no stated actual the year-end comes from the quarters: sum, last, mean")
    func yearEndFromQuarters() {
        let q: [ExactDecimal?] = [dec("0.92"), 3, dec("3.60"), dec("2.48")]
        let sum = IndicatorFigures(makeIndicator(aggregation: .sum, target: 10, quarters: q), kind: .activityReport)
        #expect(sum.fromQuarters == 10)
        #expect(sum.yearEnd == 10)
        #expect(sum.yearEndFromQuarters)
        #expect(sum.quartersReported == 4)
        #expect(sum.quarterDifference == nil)
        #expect(sum.realisation == .value(100))
        #expect(sum.fromQuarters?.description == "10.00")  // exact, keeps the quarters' scale

        let last = IndicatorFigures(makeIndicator(aggregation: .last, target: 22600, quarters: [16108, 16108, 15908, 16000]), kind: .activityReport)
        #expect(last.yearEnd == 16000)
        #expect(last.yearEndFromQuarters)

        let mean = IndicatorFigures(makeIndicator(aggregation: .mean, target: 100, quarters: [80, 90, 100, 110]), kind: .activityReport)
        #expect(mean.yearEnd == 95)
        #expect(mean.realisation == .value(95))
    }

    @Test("partial quarters: sum and mean of those reported, last of the last reported")
    func partialQuarters() {
        let quarters: [ExactDecimal?] = [10, 20, nil, nil]
        let sum = IndicatorFigures(makeIndicator(aggregation: .sum, quarters: quarters), kind: .activityReport)
        #expect(sum.quartersReported == 2)
        #expect(sum.yearEnd == 30)
        let last = IndicatorFigures(makeIndicator(aggregation: .last, quarters: quarters), kind: .activityReport)
        #expect(last.yearEnd == 20)
        let mean = IndicatorFigures(makeIndicator(aggregation: .mean, quarters: quarters), kind: .activityReport)
        #expect(mean.yearEnd == 15)
        // A gap: the last reported quarter, not Q4.
        let gap = IndicatorFigures(makeIndicator(aggregation: .last, quarters: [5, nil, 7, nil]), kind: .activityReport)
        #expect(gap.yearEnd == 7)
        #expect(gap.quartersReported == 2)
        // A mean of three that does not divide evenly stays exact to 24 decimals.
        let thirds = IndicatorFigures(makeIndicator(aggregation: .mean, quarters: [1, 1, 2, nil]), kind: .activityReport)
        #expect(thirds.yearEnd?.formatted(decimals: 6) == "1.333333")
    }

    @Test("no quarters and no actual: no year-end, not from quarters")
    func nothing() {
        let f = IndicatorFigures(makeIndicator(target: 10), kind: .activityReport)
        #expect(f.fromQuarters == nil)
        #expect(f.yearEnd == nil)
        #expect(!f.yearEndFromQuarters)
        #expect(f.quartersReported == 0)
        #expect(IndicatorFigures.aggregate([nil, nil, nil, nil], .sum) == nil)
        #expect(IndicatorFigures.aggregate([nil, nil, nil, nil], .mean) == nil)
    }

    @Test("a stated actual wins; quarterDifference is actual − quarters when both exist")
    func quarterDifference() {
        // PP3 of the Göç report: quarters add to 1466140, the stated year-end is 1466802.
        let f = IndicatorFigures(makeIndicator(aggregation: .sum, target: 700000,
                                               quarters: [229246, 258670, 480457, 497767], actual: 1466802),
                                 kind: .activityReport)
        #expect(f.fromQuarters == 1466140)
        #expect(f.yearEnd == 1466802)
        #expect(!f.yearEndFromQuarters)
        #expect(f.quarterDifference == 662)
        // Negative difference when the stated value is below the quarters.
        let below = IndicatorFigures(makeIndicator(aggregation: .sum, quarters: [1, 2, 3, 4], actual: 9), kind: .activityReport)
        #expect(below.quarterDifference == -1)
        // Agreeing values give a zero difference.
        let same = IndicatorFigures(makeIndicator(aggregation: .sum, quarters: [dec("21"), dec("24.75"), dec("24.75"), dec("24.50")], actual: 95),
                                    kind: .activityReport)
        #expect(same.quarterDifference == 0)
        // Partial quarters still give a difference.
        let partial = IndicatorFigures(makeIndicator(aggregation: .sum, quarters: [5, nil, nil, nil], actual: 8), kind: .activityReport)
        #expect(partial.quarterDifference == 3)
    }

    // MARK: Basis

    @Test("automatic basis: strategic-plan kind or a weight → performance; otherwise realisation")
    func automaticBasis() {
        let weighted = makeIndicator(weight: 25, baseline: 5000, target: 110000, actual: 66442)
        let plain = makeIndicator(baseline: 5000, target: 110000, actual: 66442)
        #expect(IndicatorFigures(weighted, kind: .activityReport).basis == .performance)
        #expect(IndicatorFigures(weighted, kind: .performanceProgram).basis == .performance)
        #expect(IndicatorFigures(plain, kind: .strategicPlan).basis == .performance)
        #expect(IndicatorFigures(plain, kind: .activityReport).basis == .realisation)
        #expect(IndicatorFigures(plain, kind: .performanceProgram).basis == .realisation)
        // A weight of zero is still a weight.
        #expect(IndicatorFigures(makeIndicator(weight: 0, target: 1, actual: 1), kind: .activityReport).basis == .performance)

        let f = IndicatorFigures(weighted, kind: .activityReport)
        #expect(f.rate == f.performance)
        #expect(f.rate.value?.formatted(decimals: 2) == "58.52")
        let g = IndicatorFigures(plain, kind: .activityReport)
        #expect(g.rate == g.realisation)
        #expect(g.rate.value?.formatted(decimals: 2) == "60.40")
    }

    @Test("forced basis rules override the automatic choice")
    func forcedBasis() {
        let weighted = makeIndicator(weight: 25, baseline: 5000, target: 110000, actual: 66442)
        let plain = makeIndicator(baseline: 5000, target: 110000, actual: 66442)
        let realisation = FigureSettings(basis: .realisation)
        let performance = FigureSettings(basis: .performance)
        #expect(IndicatorFigures(weighted, kind: .strategicPlan, settings: realisation).basis == .realisation)
        #expect(IndicatorFigures(plain, kind: .activityReport, settings: performance).basis == .performance)
        #expect(BasisRule.realisation.basis(for: weighted, in: .strategicPlan) == .realisation)
        #expect(BasisRule.performance.basis(for: plain, in: .activityReport) == .performance)
        #expect(BasisRule.automatic.basis(for: plain, in: .strategicPlan) == .performance)
        #expect(BasisRule.automatic.basis(for: weighted, in: .activityReport) == .performance)
        #expect(BasisRule.automatic.basis(for: plain, in: .activityReport) == .realisation)
        #expect(BasisRule(rawValue: "auto") == .automatic)

        let forced = IndicatorFigures(weighted, kind: .activityReport, settings: realisation)
        #expect(forced.rate == forced.realisation)
        #expect(forced.status == .notReached)
    }

    // MARK: Status

    @Test("status comes from the unlimited performance, so 'exceeded' shows")
    func statusFromUnlimited() {
        let f = IndicatorFigures(makeIndicator(weight: 10, baseline: 65, target: 85, actual: 100), kind: .activityReport)
        #expect(f.rate == .value(100))
        #expect(f.status == .exceeded)
        let exact = IndicatorFigures(makeIndicator(weight: 10, baseline: 70, target: 85, actual: 85), kind: .activityReport)
        #expect(exact.status == .reached)
        let negative = IndicatorFigures(makeIndicator(weight: 10, baseline: 3, target: 4, actual: 2), kind: .activityReport)
        #expect(negative.status == .notReached)
    }

    @Test("status of realisation rows at the band boundaries",
          arguments: [("79.99", StatusBand.notReached), ("80", .partiallyReached), ("99.99", .partiallyReached),
                      ("100", .reached), ("100.01", .exceeded)])
    func realisationStatusAtBoundaries(_ actual: String, _ expected: StatusBand) {
        // Target 100 makes the realisation equal the actual.
        let f = IndicatorFigures(makeIndicator(target: 100, actual: dec(actual)), kind: .activityReport)
        #expect(f.rate == .value(dec(actual)))
        #expect(f.status == expected)
    }

    @Test("custom bands change the status")
    func customBands() {
        let settings = FigureSettings(bands: StatusBands(partialFrom: 50, reachedAt: 90))
        let indicator = makeIndicator(target: 100, actual: 60)
        #expect(IndicatorFigures(indicator, kind: .activityReport).status == .notReached)
        #expect(IndicatorFigures(indicator, kind: .activityReport, settings: settings).status == .partiallyReached)
        #expect(IndicatorFigures(makeIndicator(target: 100, actual: 90), kind: .activityReport, settings: settings).status == .reached)
        #expect(IndicatorFigures(makeIndicator(target: 100, actual: 95), kind: .activityReport, settings: settings).status == .exceeded)
    }
}
