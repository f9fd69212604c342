import Testing
@testable import SenaryoEngine

// Accepted commands that crashed (issue 13): seeks with no answer are refused with the reason,
// and simulated ranges must be convertible to exact numbers.

@Suite("Robustness: impossible requests")
struct ImpossibleInputTests {
    @Test func aBandStartingAtZeroHasNoTargetToSeek() throws {
        let settings = FigureSettings(bands: StatusBands(partialFrom: .zero, reachedAt: .zero))
        let indicator = try #require(GocFixture.dataset.indicator("PP16"))
        let message = scenarioErrorMessage {
            _ = try GoalSeek.target(for: indicator, band: .partiallyReached, kind: GocFixture.manifest.kind, settings: settings)
        }
        #expect(message?.hasPrefix("the partially-reached band starts at 0 %: every target reaches it") == true, "\(message ?? "")")
    }

    @Test func aCeilingBelowTheHeldLinesIsRefusedWithTheReason() {
        // Closed form: today's answer would be a growth far below −100 %.
        let operations: [ScenarioOperation] = [
            .growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: .zero, holds: ["1"])),
            .ceiling(year: 2022, classification: .economic, amount: dec("1000")),
        ]
        let message = scenarioErrorMessage {
            _ = try GoalSeek.maximumGrowth(baseline: GocFixture.dataset, operations: operations, settings: .standard)
        }
        #expect(message == "even −100 % exceeds the ceiling (held lines alone are above it)")
    }

    @Test func simulatedRangesBeyondTheSupportedRangeAreRefused() {
        let message = scenarioErrorMessage {
            _ = try Exploration.simulate(baseline: GocFixture.dataset, operations: [],
                                         parameters: [("actual:PP16", .uniform(min: 1e35, max: 1e35))],
                                         metrics: [.indicator("PP16")], runs: 10, seed: 1, settings: .standard)
        }
        #expect(message == "actual:PP16: uniform 1e+35..1e+35 is beyond the supported range (below 10^24 in magnitude)")
        let infinite = scenarioErrorMessage {
            _ = try Exploration.simulate(baseline: GocFixture.dataset, operations: [],
                                         parameters: [("actual:PP16", .uniform(min: 0, max: .infinity))],
                                         metrics: [.indicator("PP16")], runs: 10, seed: 1, settings: .standard)
        }
        #expect(infinite?.contains("beyond the supported range") == true)
    }

    @Test func aSweepStopsWhenCancelled() {
        let message = scenarioErrorMessage {
            _ = try Exploration.sweep(baseline: GocFixture.dataset, operations: [],
                                      parameters: [("actual:PP16", (0..<100).map { ExactDecimal($0) })],
                                      metrics: [.indicator("PP16")], settings: .standard, isCancelled: { true })
        }
        #expect(message == "interrupted")
    }
}

