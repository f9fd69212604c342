import Testing
@testable import SenaryoEngine

// Input the product accepts must never crash it (issue 13): arithmetic overflow is an error
// naming the operation, and values beyond the supported range are refused.

@Suite("Robustness: overflow")
struct OverflowTests {
    let largest = ExactDecimal(significand: .max)

    @Test func eachOperatorNamesItsOverflow() throws {
        let cases: [(String, () -> ExactDecimal)] = [
            ("addition", { largest + 1 }),
            ("addition", { -largest - 2 }),
            ("multiplication", { largest * 2 }),
            ("division", { largest.divided(by: ExactDecimal(significand: 1, scale: 2))! }),
            ("negation", { -ExactDecimal(significand: .min) }),
        ]
        for (operation, body) in cases {
            let (_, overflow) = ExactDecimal.withOverflowCheck(body)
            #expect(overflow == ExactDecimal.Overflow(operation: operation))
        }
        #expect(throws: ExactDecimal.Overflow(operation: "multiplication")) { try ExactDecimal.checkingOverflow { largest * largest } }
    }

    @Test func noOverflowLeavesFiguresAsTheyWere() {
        let (value, overflow) = ExactDecimal.withOverflowCheck { dec("309779558.12") * dec("1.45") + dec("0.005") }
        #expect(overflow == nil)
        #expect(value == dec("449180359.279"))
    }

    @Test func supportedRangeIsTwentyFourIntegerDigits() {
        #expect(dec("999999999999999999999999.99").isWithinSupportedRange)
        #expect(dec("-999999999999999999999999").isWithinSupportedRange)
        #expect(!dec("1000000000000000000000000").isWithinSupportedRange)
        #expect(!dec("99999999999999999999999999999999999999").isWithinSupportedRange)
        #expect(dec("0.00000000000000000000000000000000000001").isWithinSupportedRange)
    }

    @Test func growingTwoCenturiesIsAnErrorOfTheOperation() {
        // grow 2022 2200 45: 1.45^178 times a budget does not fit in 38 digits.
        let grow = ScenarioOperation.growBudget(BudgetGrowth(fromYear: 2022, toYear: 2200, rate: 45))
        let message = scenarioErrorMessage { _ = try evaluate([grow]) }
        #expect(message?.hasPrefix("operation 1 (") == true, "\(message ?? "")")
        #expect(message?.contains("): a figure is beyond the 38-digit range of exact numbers (overflow in addition)") == true, "\(message ?? "")")
    }

    @Test func aTargetBeyondTheSupportedRangeIsRefused() {
        let nines = dec("99999999999999999999999999999999999999")
        for operation in [ScenarioOperation.setTarget(IndicatorSelection(codes: ["PP16"]), .to(nines)),
                          .setTarget(IndicatorSelection(codes: ["PP16"]), .byPercent(nines)),
                          .setActual(IndicatorSelection(codes: ["PP16"]), .to(-nines))] {
            let message = scenarioErrorMessage { _ = try evaluate([operation]) }
            #expect(message?.contains("is beyond the supported range (below 10^24 in magnitude)") == true, "\(message ?? "")")
        }
    }
}
