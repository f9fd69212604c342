import Testing
@testable import SenaryoEngine

@Suite("BudgetAnalysis")
struct BudgetAnalysisTests {
    private func line(_ year: Int, _ code: String, parent: String? = nil, _ classification: Classification = .economic,
                      initial: ExactDecimal? = nil, added: ExactDecimal? = nil, deducted: ExactDecimal? = nil,
                      revised: ExactDecimal? = nil, spent: ExactDecimal? = nil, cancelled: ExactDecimal? = nil) -> BudgetLine {
        BudgetLine(year: year, classification: classification, code: code, parent: parent, name: "Kalem \(code)",
                   initial: initial, added: added, deducted: deducted, revised: revised, spent: spent, cancelled: cancelled)
    }

    private func entry(_ analysis: BudgetAnalysis, _ year: Int, _ code: String,
                       _ classification: Classification = .economic) -> BudgetAnalysis.Line? {
        analysis.lines.first { $0.line.year == year && $0.line.code == code && $0.line.classification == classification }
    }

    // MARK: Effective revised

    @Test("revised is initial + added − deducted when not stated")
    func effectiveRevised() throws {
        let analysis = BudgetAnalysis([
            line(2021, "01", initial: 100, added: 20, deducted: 5, spent: 110),
            line(2021, "02", initial: 100, deducted: 30),
            line(2021, "03", initial: 100, added: 7),
            line(2021, "05", initial: 100),
            line(2021, "06", initial: 100, added: 20, deducted: 5, revised: 99),
        ])
        let l01 = try #require(entry(analysis, 2021, "01"))
        #expect(l01.amounts[.revised] == 115)
        #expect(!l01.rolledUp.contains(.revised))
        #expect(l01.remaining == .value(5))
        #expect(l01.realisation.value?.formatted(decimals: 4) == "95.6522")
        #expect(entry(analysis, 2021, "02")?.amounts[.revised] == 70)
        #expect(entry(analysis, 2021, "03")?.amounts[.revised] == 107)
        // Only the initial amount: no revised at all.
        #expect(entry(analysis, 2021, "05")?.amounts[.revised] == nil)
        // A stated revised wins even when the parts disagree.
        #expect(entry(analysis, 2021, "06")?.amounts[.revised] == 99)
        #expect(BudgetLine(year: 2021, classification: .economic, code: "x", name: "x", initial: 10, added: 5).effectiveRevised == 15)
        #expect(BudgetLine(year: 2021, classification: .economic, code: "x", name: "x", initial: 10).effectiveRevised == nil)
        #expect(BudgetLine(year: 2021, classification: .economic, code: "x", name: "x", added: 10).effectiveRevised == nil)
    }

    // MARK: Roll-ups

    @Test("a parent without amounts takes the sum of its children's, marked rolledUp")
    func rollUp() throws {
        let analysis = BudgetAnalysis([
            line(2021, "03"),
            line(2021, "03.1", parent: "03", initial: 100, revised: 120, spent: 110),
            line(2021, "03.2", parent: "03", initial: 50, revised: 40, spent: dec("39.50")),
            line(2021, "05", initial: 10, revised: 10, spent: 10),
        ])
        let parent = try #require(entry(analysis, 2021, "03"))
        #expect(parent.amounts[.initial] == 150)
        #expect(parent.amounts[.revised] == 160)
        #expect(parent.amounts[.spent] == dec("149.50"))
        #expect(parent.amounts[.added] == nil)
        #expect(parent.rolledUp == [.initial, .revised, .spent])
        #expect(parent.remaining == .value(dec("10.50")))
        #expect(parent.depth == 0)
        #expect(entry(analysis, 2021, "03.1")?.depth == 1)
        #expect(entry(analysis, 2021, "03.1")?.rolledUp.isEmpty == true)
        // The total counts the parent once, not its children again.
        let total = try #require(analysis.total(year: 2021, classification: .economic))
        #expect(total.amounts[.initial] == 160)
        #expect(total.amounts[.revised] == 170)
        #expect(total.amounts[.spent] == dec("159.50"))
    }

    @Test("a parent's own amounts win; only the missing ones roll up")
    func partialRollUp() throws {
        let analysis = BudgetAnalysis([
            line(2021, "03", initial: 999),
            line(2021, "03.1", parent: "03", initial: 100, spent: 80),
            line(2021, "03.2", parent: "03", initial: 50),  // no spending: counts as none
        ])
        let parent = try #require(entry(analysis, 2021, "03"))
        #expect(parent.amounts[.initial] == 999)
        #expect(parent.amounts[.spent] == 80)
        #expect(parent.rolledUp == [.spent])
    }

    @Test("roll-ups go through several levels, and lines nest depth-first in display order")
    func deepRollUp() throws {
        // Children listed before their parents, as files sometimes do.
        let analysis = BudgetAnalysis([
            line(2021, "05.6.1.01", parent: "05.6.1", initial: 30, spent: 10),
            line(2021, "05.6.1.02", parent: "05.6.1", initial: 20, spent: 5),
            line(2021, "05.6.1", parent: "05.6"),
            line(2021, "05.6", parent: "05"),
            line(2021, "05"),
            line(2021, "01", initial: 5),
        ])
        #expect(analysis.lines.map(\.line.code) == ["05", "05.6", "05.6.1", "05.6.1.01", "05.6.1.02", "01"])
        #expect(analysis.lines.map(\.depth) == [0, 1, 2, 3, 3, 0])
        let top = try #require(entry(analysis, 2021, "05"))
        #expect(top.amounts[.initial] == 50)
        #expect(top.amounts[.spent] == 15)
        #expect(top.rolledUp == [.initial, .spent])
        #expect(analysis.total(year: 2021, classification: .economic)?.amounts[.initial] == 55)
    }

    @Test("a child whose parent is missing from the year counts as a top-level line")
    func orphan() throws {
        let analysis = BudgetAnalysis([
            line(2021, "03.1", parent: "03", initial: 100),
            line(2021, "05", initial: 10),
        ])
        #expect(entry(analysis, 2021, "03.1")?.depth == 0)
        #expect(analysis.total(year: 2021, classification: .economic)?.amounts[.initial] == 110)
    }

    // MARK: Remaining, realisation, share

    @Test("remaining and realisation; undefined without revised or spending")
    func remainingAndRealisation() throws {
        let analysis = BudgetAnalysis([
            line(2021, "01", revised: 200, spent: 150),
            line(2021, "02", initial: 100),
            line(2021, "03", revised: 100),
            line(2021, "04", revised: 0, spent: 0),
        ])
        let l01 = try #require(entry(analysis, 2021, "01"))
        #expect(l01.remaining == .value(50))
        #expect(l01.realisation == .value(75))
        let l02 = try #require(entry(analysis, 2021, "02"))
        #expect(l02.remaining == .undefined("no revised appropriation"))
        #expect(l02.realisation == .undefined("missing amount"))
        let l03 = try #require(entry(analysis, 2021, "03"))
        #expect(l03.remaining == .undefined("no spending"))
        #expect(l03.realisation.value == nil)
        let l04 = try #require(entry(analysis, 2021, "04"))
        #expect(l04.remaining == .value(0))
        #expect(l04.realisation == .undefined("divides by zero"))
    }

    @Test("share of the year and classification's total: revised, else initial")
    func share() throws {
        let analysis = BudgetAnalysis([
            line(2021, "01", initial: 100, revised: 300),
            line(2021, "02", initial: 300, revised: 100),
            line(2022, "01", initial: 30),
            line(2022, "02", initial: 10),
            line(2022, "02.1", parent: "02", initial: 4),
        ])
        #expect(entry(analysis, 2021, "01")?.share == .value(75))
        #expect(entry(analysis, 2021, "02")?.share == .value(25))
        #expect(entry(analysis, 2022, "01")?.share == .value(75))
        #expect(entry(analysis, 2022, "02")?.share == .value(25))
        #expect(entry(analysis, 2022, "02.1")?.share == .value(10))
    }

    @Test("classifications are separate groups with separate totals")
    func classifications() throws {
        let analysis = BudgetAnalysis([
            line(2021, "01", .economic, initial: 100),
            line(2021, "01", .institutional, initial: 60),
            line(2021, "02", .institutional, initial: 40),
            line(2020, "01", .institutional, initial: 50),
        ])
        #expect(analysis.totals.count == 3)
        #expect(analysis.total(year: 2021, classification: .economic)?.amounts[.initial] == 100)
        #expect(analysis.total(year: 2021, classification: .institutional)?.amounts[.initial] == 100)
        #expect(analysis.total(year: 2021, classification: .functional) == nil)
        #expect(analysis.total(year: 2019, classification: .economic) == nil)
        #expect(entry(analysis, 2021, "01", .economic)?.share == .value(100))
        #expect(entry(analysis, 2021, "01", .institutional)?.share == .value(60))
        // The economic line has no economic 2020 line, even though an institutional one has its code.
        #expect(entry(analysis, 2021, "01", .economic)?.change == .undefined("no line 01 in 2020"))
        #expect(entry(analysis, 2021, "01", .institutional)?.change == .value(20))
        #expect(analysis.total(year: 2021, classification: .economic)?.change == .undefined("no budget in 2020"))
        #expect(analysis.total(year: 2021, classification: .institutional)?.change == .value(100))
        // Totals in order of first appearance.
        #expect(analysis.totals.map { "\($0.year) \($0.classification.rawValue)" } == ["2021 economic", "2021 institutional", "2020 institutional"])
    }

    // MARK: Year-on-year change

    @Test("change against the previous year's same code; undefined when there is none")
    func change() throws {
        let analysis = BudgetAnalysis([
            line(2020, "01", initial: 200, revised: 250),
            line(2020, "02", initial: 0),
            line(2021, "01", initial: 250, revised: 250),
            line(2021, "02", initial: 10),
            line(2021, "03", initial: 10),
            line(2021, "04"),
        ])
        let l01 = try #require(entry(analysis, 2021, "01"))
        #expect(FigureSettings.standard.changeBasis == .initial)
        #expect(l01.change == .value(25))
        #expect(l01.previous == 200)
        #expect(entry(analysis, 2021, "02")?.change == .undefined("previous-year value is zero"))
        #expect(entry(analysis, 2021, "03")?.change == .undefined("no line 03 in 2020"))
        #expect(entry(analysis, 2021, "03")?.previous == nil)
        #expect(entry(analysis, 2021, "04")?.change == .undefined("no line 04 in 2020"))
        #expect(entry(analysis, 2020, "01")?.change == .undefined("no line 01 in 2019"))
        // The year before last does not count.
        let gap = BudgetAnalysis([line(2019, "01", initial: 1), line(2021, "01", initial: 2)])
        #expect(entry(gap, 2021, "01")?.change == .undefined("no line 01 in 2020"))
        #expect(gap.total(year: 2021, classification: .economic)?.change == .undefined("no budget in 2020"))

        let total = try #require(analysis.total(year: 2021, classification: .economic))
        #expect(total.amounts[.initial] == 270)
        #expect(total.change == .value(35))  // 270 vs 200
    }

    @Test("the change basis is a setting")
    func changeBasis() throws {
        let settings = FigureSettings(changeBasis: .revised)
        let analysis = BudgetAnalysis([
            line(2020, "01", initial: 200, revised: 250),
            line(2021, "01", initial: 250, revised: 300),
            line(2021, "02", initial: 1),
        ], settings: settings)
        let l01 = try #require(entry(analysis, 2021, "01"))
        #expect(l01.change == .value(20))
        #expect(l01.previous == 250)
        #expect(analysis.total(year: 2021, classification: .economic)?.change == .value(20))
        // A line of this year with no revised: no value this year.
        let partial = BudgetAnalysis([line(2020, "01", revised: 10), line(2021, "01", initial: 5)], settings: settings)
        #expect(entry(partial, 2021, "01")?.change == .undefined("no value this year"))
        let missing = BudgetAnalysis([line(2020, "01", initial: 10), line(2021, "01", revised: 5)], settings: settings)
        #expect(entry(missing, 2021, "01")?.change == .undefined("no previous-year value"))
    }

    @Test("a rolled-up parent's change compares rolled-up amounts")
    func rolledUpChange() throws {
        let analysis = BudgetAnalysis([
            line(2020, "03"), line(2020, "03.1", parent: "03", initial: 40), line(2020, "03.2", parent: "03", initial: 60),
            line(2021, "03"), line(2021, "03.1", parent: "03", initial: 50), line(2021, "03.2", parent: "03", initial: 70),
        ])
        let parent = try #require(entry(analysis, 2021, "03"))
        #expect(parent.previous == 100)
        #expect(parent.change == .value(20))
    }

    // MARK: Totals and exactness

    @Test("totals: remaining and realisation per year and classification; undefined without amounts")
    func totals() throws {
        let analysis = BudgetAnalysis([
            line(2021, "01", revised: 300, spent: 270),
            line(2021, "02", revised: 100, spent: 90),
            line(2022, "01", initial: 10),
        ])
        let t2021 = try #require(analysis.total(year: 2021, classification: .economic))
        #expect(t2021.year == 2021)
        #expect(t2021.classification == .economic)
        #expect(t2021.amounts[.revised] == 400)
        #expect(t2021.remaining == .value(40))
        #expect(t2021.realisation == .value(90))
        let t2022 = try #require(analysis.total(year: 2022, classification: .economic))
        #expect(t2022.remaining == .undefined("no revised appropriation"))
        #expect(t2022.realisation == .undefined("missing amount"))
        // 2021 has no initial amounts to compare with.
        #expect(t2022.change == .undefined("no previous-year value"))
    }

    @Test("amounts stay exact: 309779558.12 in sums, remaining and realisation")
    func exactDecimals() throws {
        let analysis = BudgetAnalysis([
            line(2021, "3", initial: 141352000, revised: 314426000, spent: dec("309779558.12")),
            line(2021, "1", initial: 736083000, revised: 829583000, spent: 827605175),
            line(2021, "9", revised: dec("0.10"), spent: dec("0.20")),
        ])
        let l3 = try #require(entry(analysis, 2021, "3"))
        #expect(l3.amounts[.spent]?.description == "309779558.12")
        #expect(l3.remaining.value?.description == "4646441.88")
        let total = try #require(analysis.total(year: 2021, classification: .economic))
        #expect(total.amounts[.spent]?.description == "1137384733.32")
        #expect(total.amounts[.revised]?.description == "1144009000.10")
        #expect(total.remaining.value?.description == "6624266.78")
        // 0.1 + 0.2 is 0.3 exactly here.
        #expect(BudgetAnalysis([line(2021, "a", spent: dec("0.1")), line(2021, "b", spent: dec("0.2"))])
            .total(year: 2021, classification: .economic)?.amounts[.spent] == dec("0.3"))
    }

    @Test("empty budget: no lines, no totals")
    func empty() {
        let analysis = BudgetAnalysis([])
        #expect(analysis.lines.isEmpty)
        #expect(analysis.totals.isEmpty)
    }

    // MARK: The Göç İdaresi 2021 budget

    @Test("Göç 2021: Tablo 5 totals, realisation, remaining, shares and changes")
    func gocBudget() throws {
        let analysis = BudgetAnalysis(GocFixture.budget)
        #expect(analysis.lines.count == 16)
        #expect(analysis.totals.map(\.year) == [2020, 2021, 2022])

        let t2020 = try #require(analysis.total(year: 2020, classification: .economic))
        #expect(t2020.amounts[.initial] == 2511171000)
        #expect(t2020.change == .undefined("no budget in 2019"))

        let t2021 = try #require(analysis.total(year: 2021, classification: .economic))
        #expect(t2021.amounts[.initial] == 2983522000)
        #expect(t2021.amounts[.added] == 1459680880)
        #expect(t2021.amounts[.deducted] == 316087390)
        #expect(t2021.amounts[.revised] == 4127115489)  // the lines as printed, with line 6's −1
        #expect(t2021.amounts[.spent]?.description == "4105475417.12")
        #expect(t2021.remaining.value?.description == "21640071.88")
        #expect(rounded(t2021.realisation, 4) == "99.4757")
        #expect(rounded(t2021.change, 4) == "18.8100")

        let t2022 = try #require(analysis.total(year: 2022, classification: .economic))
        #expect(t2022.amounts[.initial] == 4493997000)
        #expect(rounded(t2022.change, 4) == "50.6272")

        let l3 = try #require(entry(analysis, 2021, "3"))
        #expect(l3.remaining.value?.description == "4646441.88")
        #expect(rounded(l3.realisation, 2) == "98.52")
        #expect(rounded(l3.change, 1) == "9.9")
        let l5 = try #require(entry(analysis, 2021, "5"))
        #expect(rounded(l5.realisation, 4) == "99.9897")
        #expect(rounded(l5.share, 2) == "65.88")
        let l6 = try #require(entry(analysis, 2021, "6"))
        #expect(l6.amounts[.revised] == 99489489)
        #expect(l6.remaining == .value(14031376))

        let l2022x2 = try #require(entry(analysis, 2022, "2"))
        #expect(rounded(l2022x2.change, 4) == "50.3206")
        #expect(entry(analysis, 2022, "7")?.change == .undefined("no line 7 in 2021"))
        #expect(entry(analysis, 2020, "1")?.change == .undefined("no line 1 in 2019"))
        let l2020x5 = try #require(entry(analysis, 2020, "5"))
        #expect(rounded(l2020x5.share, 2) == "68.35")
    }
}

@Suite("SeriesFigures.changes")
struct SeriesFiguresTests {
    @Test("change against the same series and period of the previous year")
    func changes() {
        let points = [
            SeriesPoint(series: "budget.total.revised", name: "Toplam Ödenek", year: 2019, value: 2935799766),
            SeriesPoint(series: "budget.total.revised", name: "Toplam Ödenek", year: 2020, value: 3566465728),
            SeriesPoint(series: "budget.total.revised", name: "Toplam Ödenek", year: 2021, value: 4127115490),
            SeriesPoint(series: "budget.total.spent", name: "Harcama", year: 2021, value: 4105475418),
            SeriesPoint(series: "q", name: "quarterly", year: 2020, period: "Q1", value: 10),
            SeriesPoint(series: "q", name: "quarterly", year: 2021, period: "Q1", value: 12),
            SeriesPoint(series: "q", name: "quarterly", year: 2021, period: "Q2", value: 12),
            SeriesPoint(series: "q", name: "quarterly", year: 2021, value: 40),
            SeriesPoint(series: "z", name: "zero", year: 2020, value: 0),
            SeriesPoint(series: "z", name: "zero", year: 2021, value: 5),
            SeriesPoint(series: "n", name: "negative", year: 2020, value: dec("0.50")),
            SeriesPoint(series: "n", name: "negative", year: 2021, value: dec("0.25")),
        ]
        let changes = SeriesFigures.changes(points)
        #expect(changes.count == points.count)
        #expect(changes[0] == .undefined("no value for 2018"))
        #expect(rounded(changes[1], 4) == "21.4819")
        #expect(rounded(changes[2], 4) == "15.7200")
        #expect(changes[3] == .undefined("no value for 2020"))  // another series' 2020 does not count
        #expect(changes[4] == .undefined("no value for 2019"))
        #expect(changes[5] == .value(20))                      // Q1 against Q1
        #expect(changes[6] == .undefined("no value for 2020"))  // no Q2 in 2020
        #expect(changes[7] == .undefined("no value for 2020"))  // the year value is not a quarter's
        #expect(changes[8] == .undefined("no value for 2019"))
        #expect(changes[9] == .undefined("previous-year value is zero"))
        #expect(changes[11] == .value(-50))
    }

    @Test("no points, no changes")
    func empty() {
        #expect(SeriesFigures.changes([]).isEmpty)
    }
}
