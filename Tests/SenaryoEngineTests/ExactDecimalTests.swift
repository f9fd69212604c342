import Testing
@testable import SenaryoEngine

/// Shorthand: a literal that must parse in plain format.
private func d(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ExactDecimal {
    guard let value = ExactDecimal(text) else {
        Issue.record("\"\(text)\" did not parse", sourceLocation: sourceLocation)
        return .zero
    }
    return value
}

@Suite("ExactDecimal parsing and printing")
struct ExactDecimalParsingTests {
    @Test("valid plain strings parse and print back unchanged", arguments: [
        "0", "7", "-7", "1234567.89", "-19.6", "0.05", "-0.05", "24.50", "736083000", "0.000001",
        "309779558.12", "100.00", "99999999999999999999999999999999999999",
        "0.99999999999999999999999999999999999999",
    ])
    func validRoundTrips(_ text: String) throws {
        let value = try #require(ExactDecimal(text))
        #expect(value.description == text)
    }

    @Test("a leading + is accepted and dropped; leading zeros are dropped")
    func signAndLeadingZeros() throws {
        #expect(try #require(ExactDecimal("+5")).description == "5")
        #expect(try #require(ExactDecimal("+0.5")).description == "0.5")
        #expect(try #require(ExactDecimal("007")).description == "7")
        #expect(try #require(ExactDecimal("-0012.30")).description == "-12.30")
        #expect(try #require(ExactDecimal("-0")) == .zero)
    }

    @Test("invalid plain strings are rejected", arguments: [
        "", "-", "+", ".", ".5", "-.5", "5.", "1.2.3", "1,5", "1.234,5", "1 234", " 5", "5 ", "1e5", "1E5",
        "--5", "+-5", "5-", "abc", "12a", "%94.43", "94.43%", "0x10", "١٢٣", "NaN", "inf",
    ])
    func invalidStrings(_ text: String) {
        #expect(ExactDecimal(text) == nil)
    }

    @Test("38 significant digits is the limit")
    func thirtyEightDigits() throws {
        let max = String(repeating: "9", count: 38)
        #expect(try #require(ExactDecimal(max)).description == max)
        #expect(try #require(ExactDecimal("-" + max)).description == "-" + max)
        // 38 digits split around the point
        let split = String(repeating: "9", count: 20) + "." + String(repeating: "9", count: 18)
        #expect(try #require(ExactDecimal(split)).description == split)
        // Leading zeros do not count as significant digits.
        #expect(try #require(ExactDecimal("000" + max)).description == max)
        // 38 decimals is the maximum scale; 39 is too many.
        #expect(ExactDecimal("0." + String(repeating: "1", count: 38)) != nil)
        #expect(ExactDecimal("0." + String(repeating: "1", count: 39)) == nil)
    }

    @Test("39 significant digits are rejected, not accepted or trapped")
    func thirtyNineDigitsRejected() {
        #expect(ExactDecimal("1" + String(repeating: "0", count: 38)) == nil)
        #expect(ExactDecimal(String(repeating: "9", count: 39)) == nil)
        #expect(ExactDecimal(String(repeating: "9", count: 37) + ".99") == nil)
        #expect(ExactDecimal("-" + String(repeating: "9", count: 39)) == nil)
    }

    @Test("309779558.12 survives exactly")
    func reportValueIsExact() throws {
        let value = try #require(ExactDecimal("309779558.12"))
        #expect(value.significand == 30977955812)
        #expect(value.scale == 2)
        #expect(value.description == "309779558.12")
        #expect(ExactDecimal(value.description) == value)
        #expect(String(describing: value) == "309779558.12")
    }

    @Test("the scale is kept: 24.50 prints 24.50")
    func scaleKept() throws {
        let value = try #require(ExactDecimal("24.50"))
        #expect(value.scale == 2)
        #expect(value.description == "24.50")
        #expect(value.normalized.description == "24.5")
        #expect(ExactDecimal("3.00")!.normalized.description == "3")
        #expect(ExactDecimal("0.00")!.normalized.description == "0")
        #expect(ExactDecimal(significand: 2450, scale: 2).description == "24.50")
        #expect(ExactDecimal(significand: -5, scale: 3).description == "-0.005")
        #expect(ExactDecimal(42).description == "42")
        let literal: ExactDecimal = 1500
        #expect(literal.description == "1500")
    }

    @Test("equality and hashing are by value: 24.5 == 24.50")
    func equalityByValue() {
        let a = d("24.5"), b = d("24.50"), c = d("24.500000")
        #expect(a == b)
        #expect(b == c)
        #expect(a.hashValue == b.hashValue)
        #expect(a.hashValue == c.hashValue)
        #expect(Set([a, b, c]).count == 1)
        #expect(d("0") == d("0.000"))
        #expect(d("0").hashValue == d("-0.00").hashValue)
        #expect(d("100") == ExactDecimal.hundred)
        #expect(d("24.5") != d("24.05"))
        #expect(d("-1") != d("1"))
    }

    @Test("rescaled keeps exact values only")
    func rescaled() {
        #expect(d("24.5").rescaled(to: 3)?.description == "24.500")
        #expect(d("24.50").rescaled(to: 1)?.description == "24.5")
        #expect(d("24.55").rescaled(to: 1) == nil)
        #expect(d("1").rescaled(to: 39) == nil)
        #expect(d(String(repeating: "9", count: 38)).rescaled(to: 1) == nil)
    }

    @Test("doubleValue approximates")
    func doubleValue() {
        #expect(d("94.43").doubleValue == 94.43)
        #expect(d("-19.6").doubleValue == -19.6)
        #expect(d("1500").doubleValue == 1500)
    }
}

@Suite("ExactDecimal arithmetic")
struct ExactDecimalArithmeticTests {
    @Test("addition and subtraction align different scales")
    func addSubtract() {
        #expect((d("1.5") + d("2.25")).description == "3.75")
        #expect((d("24.50") + d("0.5")).description == "25.00")
        #expect((d("10") + d("0.001")).description == "10.001")
        #expect((d("0.1") + d("0.2")) == d("0.3"))
        #expect((d("0.1") + d("0.2")).description == "0.3")
        #expect((d("100") - d("0.01")).description == "99.99")
        #expect((d("1.10") - d("1.1")).description == "0.00")
        #expect((d("5") - d("7.25")).description == "-2.25")
        #expect((d("-19.6") + d("19.6")) == .zero)
        #expect((-d("19.6")).description == "-19.6")
        #expect(d("-3.5").magnitude.description == "3.5")
        #expect(d("3.5").magnitude.description == "3.5")
        var total = d("1000.00")
        total += d("0.5")
        total -= d("100")
        #expect(total.description == "900.50")
    }

    @Test("addition stays exact for report-sized money")
    func addMoney() {
        // Göç İdaresi 2021, economic 3: initial + added - deducted = revised
        let revised = d("141352000") + d("191332500") - d("18258500")
        #expect(revised == d("314426000"))
        #expect((revised - d("309779558.12")).description == "4646441.88")
    }

    @Test("multiplication")
    func multiply() {
        #expect((d("1.5") * d("2")) == d("3"))
        #expect((d("1.25") * d("0.04")).description == "0.05")  // a product carries no trailing zeros
        #expect((d("-2.5") * d("4")) == d("-10"))
        #expect((d("-2.5") * d("-0.5")).description == "1.25")
        #expect((d("309779558.12") * d("100")) == d("30977955812"))
        #expect((d("0") * d("123.456")) == .zero)
        #expect((d("1234567.89") * d("1")).description == "1234567.89")
        // Trailing zeros of the operands do not inflate the product's scale.
        #expect((d("2.50") * d("2.0")).description == "5")
    }

    @Test("multiplication beyond the working scale rounds half-up to 24 decimals")
    func multiplyWorkingScale() {
        let tiny = d("0." + String(repeating: "0", count: 11) + "5")  // 5e-12
        let product = tiny * tiny  // 2.5e-23: fits in 24 decimals
        #expect(product.description == "0.000000000000000000000025")
        let smaller = d("0." + String(repeating: "0", count: 12) + "5") * d("0." + String(repeating: "0", count: 11) + "5")
        // 2.5e-24 → rounds half-up at 24 decimals to 3e-24
        #expect(smaller.scale <= ExactDecimal.workingScale)
        #expect(smaller == d("0." + String(repeating: "0", count: 23) + "3"))
    }

    @Test("division by zero is nil")
    func divideByZero() {
        #expect(d("1").divided(by: .zero) == nil)
        #expect(d("0").divided(by: d("0.00")) == nil)
        #expect(d("-5").divided(by: d("0"), scale: 2, rule: .halfUp) == nil)
    }

    @Test("exact divisions")
    func divideExact() {
        #expect(d("10").divided(by: d("4")) == d("2.5"))
        #expect(d("1").divided(by: d("8"), scale: 3)?.description == "0.125")
        #expect(d("309779558.12").divided(by: d("1"), scale: 2)?.description == "309779558.12")
        #expect(d("7.5").divided(by: d("0.25"), scale: 0)?.description == "30")
        // spent / revised * 100, as the report prints it (98.52)
        let rate = d("309779558.12").divided(by: d("314426000"), scale: 6)! * .hundred
        #expect(rate.rounded(scale: 2) == d("98.52"))
    }

    struct RoundingCase: Sendable, CustomTestStringConvertible {
        var numerator: String, denominator: String, scale: Int, rule: RoundingRule, expected: String
        var testDescription: String { "\(numerator) / \(denominator) → \(scale) decimals \(rule.rawValue) = \(expected)" }
    }

    @Test("division rounds by each rule, negatives included", arguments: [
        // 2.5 exactly half
        RoundingCase(numerator: "5", denominator: "2", scale: 0, rule: .halfUp, expected: "3"),
        RoundingCase(numerator: "5", denominator: "2", scale: 0, rule: .halfEven, expected: "2"),
        RoundingCase(numerator: "5", denominator: "2", scale: 0, rule: .towardZero, expected: "2"),
        RoundingCase(numerator: "5", denominator: "2", scale: 0, rule: .awayFromZero, expected: "3"),
        // 3.5 exactly half, odd quotient
        RoundingCase(numerator: "7", denominator: "2", scale: 0, rule: .halfEven, expected: "4"),
        RoundingCase(numerator: "7", denominator: "2", scale: 0, rule: .halfUp, expected: "4"),
        // -2.5
        RoundingCase(numerator: "-5", denominator: "2", scale: 0, rule: .halfUp, expected: "-3"),
        RoundingCase(numerator: "-5", denominator: "2", scale: 0, rule: .halfEven, expected: "-2"),
        RoundingCase(numerator: "-5", denominator: "2", scale: 0, rule: .towardZero, expected: "-2"),
        RoundingCase(numerator: "-5", denominator: "2", scale: 0, rule: .awayFromZero, expected: "-3"),
        RoundingCase(numerator: "5", denominator: "-2", scale: 0, rule: .halfUp, expected: "-3"),
        RoundingCase(numerator: "-5", denominator: "-2", scale: 0, rule: .halfUp, expected: "3"),
        RoundingCase(numerator: "-7", denominator: "2", scale: 0, rule: .halfEven, expected: "-4"),
        // 2/3 = 0.666…
        RoundingCase(numerator: "2", denominator: "3", scale: 2, rule: .halfUp, expected: "0.67"),
        RoundingCase(numerator: "2", denominator: "3", scale: 2, rule: .halfEven, expected: "0.67"),
        RoundingCase(numerator: "2", denominator: "3", scale: 2, rule: .towardZero, expected: "0.66"),
        RoundingCase(numerator: "2", denominator: "3", scale: 2, rule: .awayFromZero, expected: "0.67"),
        RoundingCase(numerator: "-2", denominator: "3", scale: 2, rule: .halfUp, expected: "-0.67"),
        RoundingCase(numerator: "-2", denominator: "3", scale: 2, rule: .towardZero, expected: "-0.66"),
        RoundingCase(numerator: "-2", denominator: "3", scale: 2, rule: .awayFromZero, expected: "-0.67"),
        // 1/3 = 0.333…
        RoundingCase(numerator: "1", denominator: "3", scale: 2, rule: .halfUp, expected: "0.33"),
        RoundingCase(numerator: "1", denominator: "3", scale: 2, rule: .awayFromZero, expected: "0.34"),
        RoundingCase(numerator: "-1", denominator: "3", scale: 2, rule: .awayFromZero, expected: "-0.34"),
        RoundingCase(numerator: "-1", denominator: "3", scale: 2, rule: .halfEven, expected: "-0.33"),
        // decimals on both sides: 0.125 / 0.5 = 0.25 → 1 decimal
        RoundingCase(numerator: "0.125", denominator: "0.5", scale: 1, rule: .halfUp, expected: "0.3"),
        RoundingCase(numerator: "0.125", denominator: "0.5", scale: 1, rule: .halfEven, expected: "0.2"),
        RoundingCase(numerator: "0.175", denominator: "0.5", scale: 1, rule: .halfEven, expected: "0.4"),
        // exact results are not changed by any rule
        RoundingCase(numerator: "10", denominator: "4", scale: 1, rule: .towardZero, expected: "2.5"),
        RoundingCase(numerator: "-10", denominator: "4", scale: 1, rule: .awayFromZero, expected: "-2.5"),
    ])
    func divisionRounding(_ c: RoundingCase) throws {
        let result = try #require(d(c.numerator).divided(by: d(c.denominator), scale: c.scale, rule: c.rule))
        #expect(result.description == c.expected)
    }

    @Test("the default division keeps 24 decimals, half-even")
    func defaultDivision() throws {
        let third = try #require(d("1").divided(by: d("3")))
        #expect(third.scale == 24)
        #expect(third.description == "0." + String(repeating: "3", count: 24))
        let twoThirds = try #require(d("2").divided(by: d("3")))
        #expect(twoThirds.description == "0." + String(repeating: "6", count: 23) + "7")
    }

    @Test("division of large values trades decimals for range")
    func divisionLargeValues() throws {
        let big = d(String(repeating: "9", count: 30))
        let result = try #require(big.divided(by: d("3"), scale: 24))
        #expect(result == d(String(repeating: "3", count: 30)))
    }

    @Test("rounded(scale:) with each rule")
    func roundedScale() {
        #expect(d("2.345").rounded(scale: 2).description == "2.35")
        #expect(d("2.345").rounded(scale: 2, rule: .halfEven).description == "2.34")
        #expect(d("2.355").rounded(scale: 2, rule: .halfEven).description == "2.36")
        #expect(d("-2.345").rounded(scale: 2).description == "-2.35")
        #expect(d("-2.345").rounded(scale: 2, rule: .halfEven).description == "-2.34")
        #expect(d("99.989").rounded(scale: 2, rule: .towardZero).description == "99.98")
        #expect(d("-99.989").rounded(scale: 2, rule: .towardZero).description == "-99.98")
        #expect(d("99.981").rounded(scale: 2, rule: .awayFromZero).description == "99.99")
        #expect(d("-99.981").rounded(scale: 2, rule: .awayFromZero).description == "-99.99")
        #expect(d("99.989").rounded(scale: 2).description == "99.99")
        #expect(d("99.995").rounded(scale: 2).description == "100.00")
        #expect(d("94.43").rounded(scale: 0).description == "94")
        #expect(d("0.5").rounded(scale: 0).description == "1")
        #expect(d("-0.5").rounded(scale: 0).description == "-1")
        #expect(d("-0.4").rounded(scale: 0).description == "0")
        // No change when the value already has that few decimals.
        #expect(d("24.5").rounded(scale: 2).description == "24.5")
        #expect(d("24").rounded(scale: 0).description == "24")
    }

    @Test("rounded(toMultipleOf:)")
    func roundedToMultiple() {
        #expect(d("1234567.89").rounded(toMultipleOf: d("1000")) == d("1235000"))
        #expect(d("1234499.99").rounded(toMultipleOf: d("1000")) == d("1234000"))
        #expect(d("1234500").rounded(toMultipleOf: d("1000")) == d("1235000"))
        #expect(d("1234500").rounded(toMultipleOf: d("1000"), rule: .halfEven) == d("1234000"))
        #expect(d("1234999").rounded(toMultipleOf: d("1000"), rule: .towardZero) == d("1234000"))
        #expect(d("-1234567.89").rounded(toMultipleOf: d("1000")) == d("-1235000"))
        #expect(d("12.37").rounded(toMultipleOf: d("0.05")) == d("12.35"))
        #expect(d("12.38").rounded(toMultipleOf: d("0.05")) == d("12.40"))
        #expect(d("12.38").rounded(toMultipleOf: .zero) == d("12.38"))
    }

    @Test("formatted(decimals:) and formatted(minimumDecimals:)")
    func formatted() {
        #expect(d("736083000").formatted(minimumDecimals: 2) == "736083000.00")
        #expect(d("309779558.12").formatted(minimumDecimals: 2) == "309779558.12")
        #expect(d("0.125").formatted(minimumDecimals: 2) == "0.125")  // never fewer than its own
        #expect(d("-19.6").formatted(minimumDecimals: 2) == "-19.60")
        #expect(d("5").formatted(minimumDecimals: 0) == "5")
        #expect(d("0.125").formatted(decimals: 2) == "0.13")
        #expect(d("0.125").formatted(decimals: 2, rule: .halfEven) == "0.12")
        #expect(d("-0.125").formatted(decimals: 2) == "-0.13")
        #expect(d("7").formatted(decimals: 3) == "7.000")
        #expect(d("94.43").formatted(decimals: 0) == "94")
    }

    @Test("grouped")
    func grouped() {
        #expect(d("1234567.891").grouped(decimals: 2) == "1,234,567.89")
        #expect(d("1234567.89").grouped(decimals: 2, groupSeparator: ".", decimalSeparator: ",") == "1.234.567,89")
        #expect(d("-1234567.89").grouped(decimals: 2, groupSeparator: ".", decimalSeparator: ",") == "-1.234.567,89")
        #expect(d("1234567.89").grouped(decimals: 2, groupSeparator: " ", decimalSeparator: ",") == "1 234 567,89")
        #expect(d("309779558.12").grouped(decimals: 0, groupSeparator: ".") == "309.779.558")
        #expect(d("999").grouped(decimals: 0) == "999")
        #expect(d("1000").grouped(decimals: 0) == "1,000")
        #expect(d("100000").grouped(decimals: 1) == "100,000.0")
        #expect(d("-999.5").grouped(decimals: 0) == "-1,000")
        #expect(d("0.5").grouped(decimals: 2) == "0.50")
        #expect(d("-0.05").grouped(decimals: 2) == "-0.05")
    }

    @Test("sum of a large sequence is exact")
    func sumLarge() {
        let cents = Array(repeating: d("0.01"), count: 100_000)
        #expect(cents.sum() == d("1000"))
        #expect(cents.sum().description == "1000.00")

        let values = (1...100_000).map { ExactDecimal(significand: Int128($0), scale: 2) }  // 0.01 ... 1000.00
        // n(n+1)/2 = 5000050000 cents
        #expect(values.sum() == d("50000500.00"))

        let spent = Array(repeating: d("309779558.12"), count: 1_000_000)
        #expect(spent.sum().description == "309779558120000.00")

        let mixed = [d("0.1"), d("0.2"), d("-0.3"), d("1000000000000.001"), d("-1000000000000")]
        #expect(mixed.sum().description == "0.001")
        #expect([ExactDecimal]().sum() == .zero)
    }

    @Test("Comparable orders by value")
    func comparable() {
        #expect(d("1.5") < d("1.50001"))
        #expect(d("-2") < d("-1.99"))
        #expect(d("0.1") > d("0.09"))
        #expect(!(d("24.5") < d("24.50")))
        #expect(!(d("24.50") < d("24.5")))
        #expect(d("24.5") <= d("24.50"))
        #expect(d("100") > d("99.999999"))
        let sorted = ["10", "-1", "2.5", "0", "2.50", "-1.5", "0.01"].map { d($0) }.sorted()
        #expect(sorted.map(\.description) == ["-1.5", "-1", "0", "0.01", "2.5", "2.50", "10"])
        #expect([d("3"), d("1.1"), d("2")].max() == d("3"))
        // Values too large to rescale to a common scale still compare.
        let big = d(String(repeating: "9", count: 38))
        #expect(d("0.5") < big)
        #expect(big > d("1.000000000001"))
        #expect(-big < d("-0.5"))
    }
}
