import Testing
@testable import SenaryoEngine

@Suite("Issue 12: partial classifications")
struct PartialClassificationTests {
    /// Economic and institutional lines make the whole budget (1000 / 900); projects are 150 / 105.
    static let budget: [BudgetLine] = [
        budgetLine(2024, .economic, "01", initial: 600, revised: 640, spent: 630),
        budgetLine(2024, .economic, "03", initial: 200, revised: 160, spent: 150),
        budgetLine(2024, .economic, "06", initial: 200, revised: 200, spent: 120),
        budgetLine(2024, .institutional, "40.01", initial: 1000, revised: 1000, spent: 900),
        budgetLine(2024, .functional, "01.3", initial: 1000, revised: 1000, spent: 900),
        budgetLine(2024, .project, "2024P1", initial: 90, revised: 110, spent: 70),
        budgetLine(2024, .project, "2024P2", initial: 30, revised: 40, spent: 35),
    ]
    static let series = [statedTotal("initial", 2024, 1000), statedTotal("revised", 2024, 1000), statedTotal("spent", 2024, 900),
                         statedTotal("rate", 2024, 90)]

    @Test("stated totals are compared with whole classifications only: no finding for the project lines")
    func projectsAreNotComparedWithTotals() {
        let all = auditFindings(Dataset(manifest: makeManifest(), budget: Self.budget, series: Self.series))
        #expect(all.isEmpty, "\(all.map(\.message))")
    }

    @Test("a whole classification that disagrees with the total is still an error")
    func wholeClassificationStillChecked() {
        var budget = Self.budget
        budget[3].revised = 990  // the institutional lines now give 990
        let all = auditFindings(Dataset(manifest: makeManifest(), budget: budget, series: Self.series))
        let f = findingsAt(all, "budget.total.revised 2024", "value")
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message == "the institutional lines of 2024 add up to 990 (difference 10)")
    }

    @Test("project lines above the capital line 6 are a note per amount; below it, nothing")
    func projectsAgainstCapital() throws {
        var budget = Self.budget
        budget[5].revised = 180  // projects: 220 revised, above the capital line's 200
        let all = auditFindings(Dataset(manifest: makeManifest(), budget: budget))
        let f = try #require(findingsAt(all, "2024 project").first)
        #expect(findingsAt(all, "2024 project").count == 1)
        #expect(f.severity == .note)
        #expect(f.column == "revised")
        #expect(f.stated == "220")
        #expect(f.derived == "200")
        #expect(f.message.hasPrefix("the project lines add up to 220, more than the capital line 06 (200)"))
    }

    @Test("only project lines are a part of the budget")
    func coverage() {
        #expect(Classification.allCases.filter { !$0.coversWholeBudget } == [.project])
    }
}
