import Testing
@testable import SenaryoEngine

@Suite("PrintedValue.compare")
struct PrintedValueTests {
    private func compare(_ printed: String, _ derived: String) -> PrintedValue.Agreement {
        PrintedValue.compare(printed: dec(printed), derived: dec(derived))
    }

    @Test("a tie rounds either half-up or half-even: 28.525 printed 28.52 or 28.53 agrees")
    func tieEitherRule() {
        // PP10 of the Göç report: 22.82 / 80 = 28.525, printed 28.52 (half-even).
        #expect(compare("28.52", "28.525") == .agrees)
        #expect(compare("28.53", "28.525") == .agrees)
        #expect(compare("28.51", "28.525") == .differs)
        #expect(compare("28.54", "28.525") == .lastDigit)
        // Another tie with an odd digit: half-up and half-even both give 0.4 for 0.35.
        #expect(compare("0.4", "0.35") == .agrees)
        #expect(compare("0.3", "0.35") == .truncated)
        // Negative ties.
        #expect(compare("-2.5", "-2.45") == .agrees)
        #expect(compare("-2.4", "-2.45") == .agrees)
    }

    @Test("ordinary rounding agrees", arguments: [
        ("95.8", "95.7538461538"), ("97.2", "97.2233333333"), ("62.46", "62.46"), ("35", "35.294117647"),
        ("99.76", "99.7615837"), ("42.23", "42.2316"), ("-19.7", "-19.6515"), ("18.8", "18.8077"), ("0", "0"),
        ("66.67", "66.666666666666666666666667"),
    ])
    func agrees(_ printed: String, _ derived: String) {
        #expect(compare(printed, derived) == .agrees)
    }

    @Test("truncation: 99.9897 printed 99.98", arguments: [
        ("99.98", "99.98971"), ("166", "166.6667"), ("133.7", "133.75"), ("66", "66.6667"), ("-19.6", "-19.6515"),
        ("160.9", "160.9945"), ("99.47", "99.4757"),
    ])
    func truncated(_ printed: String, _ derived: String) {
        #expect(compare(printed, derived) == .truncated)
    }

    @Test("a slip in the last printed digit: 57.142857 printed 57.15")
    func lastDigit() {
        #expect(compare("57.15", "57.142857") == .lastDigit)
        #expect(compare("57.13", "57.142857") == .lastDigit)
        #expect(compare("4127115490", "4127115489") == .lastDigit)
        #expect(compare("81", "79.88") == .lastDigit)
        // Two units off is no slip.
        #expect(compare("57.16", "57.142857") == .differs)
    }

    @Test("values that no rounding explains differ", arguments: [
        ("80", "70.7965"), ("58.54", "107.0375"), ("205.5", "163.7037"), ("33.4", "50.3206"), ("97", "55"), ("0", "93.75"),
        ("-19.6", "19.6515"),
    ])
    func differs(_ printed: String, _ derived: String) {
        #expect(compare(printed, derived) == .differs)
    }

    @Test("the printed value's scale sets the precision: 80 vs 79.88 agrees; 80.0 does not")
    func printedScale() {
        #expect(compare("80", "79.88") == .agrees)
        #expect(compare("80.0", "79.88") != .agrees)
        #expect(compare("80.0", "79.88") == .lastDigit)
        #expect(compare("80.00", "79.88") == .differs)
        #expect(compare("79.9", "79.88") == .agrees)
        // The derived value's own scale does not matter.
        #expect(compare("100", "100.000000") == .agrees)
        #expect(compare("100.00", "100") == .agrees)
        #expect(compare("24.50", "24.5") == .agrees)
    }

    @Test("an exactly equal value agrees whatever its scale")
    func exactEquality() {
        #expect(PrintedValue.compare(printed: 144, derived: 144) == .agrees)
        #expect(PrintedValue.compare(printed: dec("4105475417.12"), derived: dec("4105475417.12")) == .agrees)
    }
}
