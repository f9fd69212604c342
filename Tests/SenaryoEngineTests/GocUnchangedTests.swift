import Testing
@testable import SenaryoEngine

@Suite("Issue 12: nothing new on the Göç İdaresi 2021 report")
struct GocUnchangedTests {
    @Test("the same 45 findings (13 errors, 22 warnings, 10 notes)")
    func sameFindings() {
        let all = ReportAudit().findings(in: GocFixture.dataset)
        #expect(all.count == 45)
        #expect(all.filter { $0.severity == .error }.count == 13)
        #expect(all.filter { $0.severity == .warning }.count == 22)
        #expect(all.filter { $0.severity == .note }.count == 10)
        #expect(all.filter { $0.message.contains("no aggregation declared") || $0.key.hasSuffix(" project") }.isEmpty)
    }
}
