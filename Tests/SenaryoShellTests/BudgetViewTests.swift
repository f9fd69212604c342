import BuiltinPlugins
import Foundation
import SenaryoShell
import SenaryoStore
import Testing

@Suite("Budget view")
struct BudgetViewTests {
    /// A report that prints revised and spending only (no KBÖ): Δ% on initial cannot be derived,
    /// and the table says why and what to do, instead of an empty column.
    @Test func saysWhyThereIsNoChangeWithoutInitialAmounts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "format: senaryo-dataset/1\nid: kbosuz\ninstitution: Deneme\ntitle: Rapor\nkind: activity-report\nyear: 2024\n"
            .write(to: folder.appendingPathComponent("dataset.yaml"), atomically: true, encoding: .utf8)
        try """
            year,classification,code,name,revised,spent
            2023,economic,1,Personel,100,90
            2024,economic,1,Personel,120,110
            2024,functional,01,Genel,120,110
            """.write(to: folder.appendingPathComponent("budget.csv"), atomically: true, encoding: .utf8)
        let sink = CapturingSink()
        let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins, sink: sink)
        #expect(shell.execute("load \(folder.path)"))
        sink.output = ""
        #expect(shell.execute("budget"))
        #expect(sink.output.contains("no line states an initial appropriation (KBÖ), so there is no Δ%: `settings change-basis revised` compares revised"))
        // Two classifications in one table: each line says which it belongs to.
        #expect(sink.output.split(separator: "\n").first?.contains("classification") == true)
        sink.output = ""
        #expect(shell.execute("settings change-basis revised") && shell.execute("budget 2024 --classification economic"))
        #expect(!sink.output.contains("no line states"))
        #expect(sink.output.contains("20,0"))  // revised 100 → 120
    }
}
