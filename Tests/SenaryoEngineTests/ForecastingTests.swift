import Testing
@testable import SenaryoEngine

// Year-end forecasts from the known quarters: run-rate, linear trend (least squares), seasonal
// profile, for each aggregation; `knownQuarters`; errors.

private func quarters(_ values: [String?]) -> [ExactDecimal?] {
    (values + Array(repeating: nil, count: 4 - values.count)).map { $0.map { dec($0) } }
}

private func forecast(_ values: [String?], _ aggregation: Aggregation, _ method: Forecast) throws -> ExactDecimal {
    try Forecasting.yearEnd(makeIndicator(aggregation: aggregation, quarters: quarters(values)), method)
}

@Suite("Forecasting")
struct ForecastingTests {
    @Test func runRate() throws {
        // sum: the known quarters' average pace for four quarters.
        #expect(try forecast(["10", "20"], .sum, .runRate(knownQuarters: nil)) == dec("60"))
        #expect(try forecast(["10", "20", "30"], .sum, .runRate(knownQuarters: nil)) == dec("80"))
        #expect(try forecast(["10", "20", "30", "40"], .sum, .runRate(knownQuarters: nil)) == dec("100"))
        #expect(try forecast(["10"], .sum, .runRate(knownQuarters: nil)) == dec("40"))
        // last: the last known value; mean: the known mean.
        #expect(try forecast(["5", "7"], .last, .runRate(knownQuarters: nil)) == dec("7"))
        #expect(try forecast(["10", "20"], .mean, .runRate(knownQuarters: nil)) == dec("15"))
        #expect(try forecast(["10", "20", "40"], .mean, .runRate(knownQuarters: nil)) == dec("70").divided(by: dec("3"))!)
    }

    @Test func runRateOfARealIndicator() throws {
        // PP16 (sum): Q1–Q3 = 10343 + 11297 + 12941 = 34581 → 34581 × 4 / 3 = 46108.
        let pp16 = try #require(GocFixture.dataset.indicator("PP16"))
        #expect(try Forecasting.yearEnd(pp16, .runRate(knownQuarters: 3)) == dec("46108"))
        // PP1 (last): the third quarter.
        let pp1 = try #require(GocFixture.dataset.indicator("PP1"))
        #expect(try Forecasting.yearEnd(pp1, .runRate(knownQuarters: 3)) == dec("1148444"))
    }

    @Test func linearTrendIsExactLeastSquares() throws {
        // 10, 20 → 30, 40.
        #expect(try forecast(["10", "20"], .sum, .linearTrend(knownQuarters: nil)) == dec("100"))
        #expect(try forecast(["10", "20"], .last, .linearTrend(knownQuarters: nil)) == dec("40"))
        #expect(try forecast(["10", "20"], .mean, .linearTrend(knownQuarters: nil)) == dec("25"))
        // 10, 30, 20: mean x 2, mean y 20, slope Σ(dx·dy)/Σdx² = 10 / 2 = 5 → Q4 = 20 + 5 × 2 = 30.
        #expect(try forecast(["10", "30", "20"], .sum, .linearTrend(knownQuarters: nil)) == dec("90"))
        #expect(try forecast(["10", "30", "20"], .last, .linearTrend(knownQuarters: nil)) == dec("30"))
        // A falling line: 40, 30 → 20, 10.
        #expect(try forecast(["40", "30"], .sum, .linearTrend(knownQuarters: nil)) == dec("100"))
        #expect(try forecast(["40", "30"], .last, .linearTrend(knownQuarters: nil)) == dec("10"))
        // One quarter: no slope, the value continues.
        #expect(try forecast(["10"], .sum, .linearTrend(knownQuarters: nil)) == dec("40"))
        #expect(try forecast(["10"], .last, .linearTrend(knownQuarters: nil)) == dec("10"))
        // Four quarters: nothing to extend.
        #expect(try forecast(["1", "2", "3", "5"], .sum, .linearTrend(knownQuarters: nil)) == dec("11"))
    }

    @Test func linearTrendWithFractionalSlope() throws {
        // 1, 2, 4: mean x 2, mean y 7/3, Σdx·dy = (−1)(−4/3) + (1)(5/3) = 3, Σdx² = 2, slope 3/2 → Q4 = 7/3 + 3 = 16/3.
        let q4 = try forecast(["1", "2", "4"], .last, .linearTrend(knownQuarters: nil))
        #expect(isClose(q4, dec("16").divided(by: dec("3"))!, within: dec("0.00000000000000000001")))
        let sum = try forecast(["1", "2", "4"], .sum, .linearTrend(knownQuarters: nil))
        #expect(isClose(sum, dec("37").divided(by: dec("3"))!, within: dec("0.00000000000000000001")))
    }

    @Test func seasonalProfile() throws {
        let profile = ["1", "2", "3", "4"].map { dec($0) }
        // sum: known × profile total / profile share of the known quarters: 30 × 10 / 3.
        #expect(try forecast(["10", "20"], .sum, .seasonal(knownQuarters: nil, profile: profile)) == dec("100"))
        #expect(try forecast(["5"], .sum, .seasonal(knownQuarters: nil, profile: profile)) == dec("50"))
        // last / mean: the profile's later quarters scaled by the ratio in the last known one (20 / 2 = 10).
        #expect(try forecast(["10", "20"], .last, .seasonal(knownQuarters: nil, profile: profile)) == dec("40"))
        #expect(try forecast(["10", "20"], .mean, .seasonal(knownQuarters: nil, profile: profile)) == dec("25"))
        // A flat profile is the run-rate.
        let flat = Array(repeating: dec("1"), count: 4)
        #expect(try forecast(["10", "20"], .sum, .seasonal(knownQuarters: nil, profile: flat)) == dec("60"))
        // A back-loaded year: Q1 is a small share of it.
        let backLoaded = ["5", "15", "30", "50"].map { dec($0) }
        #expect(try forecast(["7"], .sum, .seasonal(knownQuarters: nil, profile: backLoaded)) == dec("140"))
    }

    @Test func knownQuartersLimitsWhatIsUsed() throws {
        let all = ["10", "20", "35", "50"]
        #expect(try forecast(all, .sum, .runRate(knownQuarters: 2)) == dec("60"))
        #expect(try forecast(all, .sum, .linearTrend(knownQuarters: 2)) == dec("100"))
        #expect(try forecast(all, .last, .runRate(knownQuarters: 1)) == dec("10"))
        #expect(try forecast(all, .sum, .seasonal(knownQuarters: 2, profile: ["1", "2", "3", "4"].map { dec($0) })) == dec("100"))
        // More than reported: what is reported.
        #expect(try forecast(["10", "20"], .sum, .runRate(knownQuarters: 4)) == dec("60"))
        // Only the quarters before the first gap are known.
        #expect(try forecast(["10", nil, "30"], .sum, .runRate(knownQuarters: nil)) == dec("40"))
        #expect(Forecast.runRate(knownQuarters: 3).knownQuarters == 3)
        #expect(Forecast.seasonal(knownQuarters: nil, profile: []).knownQuarters == nil)
    }

    @Test func errors() throws {
        let none = scenarioErrorMessage { _ = try forecast([], .sum, .runRate(knownQuarters: nil)) }
        #expect(none == "X1 has no quarterly values to forecast from")
        let firstMissing = scenarioErrorMessage { _ = try forecast([nil, "20"], .sum, .linearTrend(knownQuarters: nil)) }
        #expect(firstMissing == "X1 has no quarterly values to forecast from")
        let zeroKnown = scenarioErrorMessage { _ = try forecast(["10"], .sum, .runRate(knownQuarters: 0)) }
        #expect(zeroKnown == "X1 has no quarterly values to forecast from")
        for length in [0, 3, 5] {
            let profile = Array(repeating: dec("1"), count: length)
            let message = scenarioErrorMessage { _ = try forecast(["10"], .sum, .seasonal(knownQuarters: nil, profile: profile)) }
            #expect(message == "a seasonal profile needs four quarterly values", "profile of \(length)")
        }
        let zeroShare = scenarioErrorMessage {
            _ = try forecast(["10"], .sum, .seasonal(knownQuarters: nil, profile: ["0", "1", "1", "1"].map { dec($0) }))
        }
        #expect(zeroShare?.contains("zero") == true)
        let zeroAnchor = scenarioErrorMessage {
            _ = try forecast(["10"], .last, .seasonal(knownQuarters: nil, profile: ["0", "1", "1", "1"].map { dec($0) }))
        }
        #expect(zeroAnchor?.contains("zero") == true)
    }
}
