import Testing
import SenaryoEngine

@Suite("Typed numbers under a declared convention")
struct TypedNumberTests {
    private func value(_ text: String, _ convention: NumberFormat) -> String? {
        if case .number(let number) = TypedNumber.read(text, convention: convention) { return number.description }
        return nil
    }

    @Test("tr: a point groups thousands, a comma marks decimals")
    func turkish() {
        #expect(value("75.000", .tr) == "75000")
        #expect(value("+1.000", .tr) == "1000")
        #expect(value("6.500", .tr) == "6500")
        #expect(value("1.234.567,89", .tr) == "1234567.89")
        #expect(value("1,234", .tr) == "1.234")
        #expect(value("-19,6", .tr) == "-19.6")
        // No Turkish reading: a point before one, two or four digits can only be a decimal point.
        #expect(value("53.9", .tr) == "53.9")
        #expect(value("1234.567", .tr) == "1234.567")
    }

    @Test("plain: a point marks decimals; one separator before exactly three digits is refused with both readings")
    func plainRefusesWhatItCannotDecide() {
        #expect(TypedNumber.read("75.000", convention: .plain) == .ambiguous(decimal: ExactDecimal("75.000")!, grouped: 75000))
        #expect(TypedNumber.read("1,234", convention: .plain) == .ambiguous(decimal: ExactDecimal("1.234")!, grouped: 1234))
        #expect(TypedNumber.read("-2.125", convention: .plain) == .ambiguous(decimal: ExactDecimal("-2.125")!, grouped: -2125))
        #expect(value("0.125", .plain) == "0.125")
        #expect(value("62.46", .plain) == "62.46")
        #expect(value("12,5", .plain) == "12.5")
        // Only Turkish can mean these.
        #expect(value("6.500.000.000", .plain) == "6500000000")
        #expect(value("1.234.567,89", .plain) == "1234567.89")
    }

    @Test("English grouping, spaces and stray signs are not numbers in either convention", arguments: [NumberFormat.plain, .tr])
    func notNumbers(_ convention: NumberFormat) {
        for text in ["1,234,567.89", "1,234.5", "1,234,567", "60 000", "1.23.4", "12,", ".5", "--5", "1e3", "", "%"] {
            #expect(TypedNumber.read(text, convention: convention) == .notANumber, "\(text)")
        }
    }
}

@Suite("Code ranges and scenario names")
struct CodeRangesTests {
    @Test func consecutiveCodesAreWrittenAsARange() {
        let codes = ["PP19", "PP1", "PP10", "PP11", "PP12", "PP13", "PP14", "PP15", "PP16", "PP17", "PP18"]
        #expect(CodeRanges.text(codes) == "PP1, PP10–PP19")
        #expect(CodeRanges.text(["H1.1", "H1.2"]) == "H1.1, H1.2")
        #expect(CodeRanges.text(["PG1.2.1", "PG1.2.2", "PG1.2.3", "PG1.3.1"]) == "PG1.2.1–PG1.2.3, PG1.3.1")
        #expect(CodeRanges.text(["01", "02", "03"]) == "01, 02, 03")
    }

    @Test func scenarioNamesTakeTurkishLetters() {
        #expect(Scenario.isValidName("hedef-artış"))
        #expect(Scenario.isValidName("öğrenci-çıkış-2023"))
        #expect(!Scenario.isValidName("Hedef"))
        #expect(!Scenario.isValidName("hedef artış"))
        #expect(!Scenario.isValidName("baseline"))
        #expect(!Scenario.isValidName(""))
    }

    @Test func portableSpellingReadsAlikeInBothConventions() {
        for value in [ExactDecimal(75000), ExactDecimal("2.125")!, ExactDecimal("1.5")!, ExactDecimal("-0.125")!] {
            let text = TypedNumber.portableSpelling(value)
            #expect(TypedNumber.read(text, convention: .plain) == .number(value), "\(text)")
            #expect(TypedNumber.read(text, convention: .tr) == .number(value), "\(text)")
        }
    }
}
