import Testing
@testable import SenaryoEngine

@Suite("Issue 12: shares of spending")
struct SpendingShareTests {
    @Test("each line's share of the year's spending, beside its share of the revised total")
    func spentShare() throws {
        let analysis = BudgetAnalysis([budgetLine(2024, .economic, "01", revised: 600, spent: 590),
                                       budgetLine(2024, .economic, "03", revised: 300, spent: 150),
                                       budgetLine(2024, .economic, "06", revised: 100, spent: 60),
                                       budgetLine(2024, .economic, "06.1", parent: "06", revised: 100, spent: 60)])
        let shares = analysis.lines.map { ($0.line.code, $0.share.value, $0.spentShare.value) }
        #expect(shares.map(\.0) == ["01", "03", "06", "06.1"])
        #expect(shares.map(\.1) == [60, 30, 10, 10])
        #expect(shares.map(\.2) == [dec("73.75"), dec("18.75"), dec("7.5"), dec("7.5")])
    }

    @Test("no spending, or none in the year: no spent share, with the reason")
    func undefined() {
        let analysis = BudgetAnalysis([budgetLine(2024, .economic, "01", initial: 10), budgetLine(2024, .economic, "03", initial: 5)])
        #expect(analysis.lines.allSatisfy { $0.spentShare.value == nil && $0.spentShare.reason != nil })
    }
}
