import Foundation
import SenaryoDataset
import SenaryoEngine
import SenaryoStore
import Testing

private let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("SampleData")

private func sample(_ id: String) throws -> Dataset {
    try DatasetLoader().load(from: sampleData.appendingPathComponent(id).path)
}

private func temporaryWorkspacePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-store-\(UUID().uuidString)/workspace.sqlite").path
}

@Suite("Workspace")
struct WorkspaceTests {
    @Test func freshWorkspaceHasAllMigrationsAndNoDatasets() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        #expect(try workspace.appliedMigrations() == ["v1 datasets", "v2 scenarios", "v3 plugins", "v4 dataset images",
                                                       "v5 undeclared aggregation"])
        #expect(try workspace.datasetSummaries().isEmpty)
    }

    @Test func savedDatasetReadsBackIdentically() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        let dataset = try sample("goc-idaresi-2021")
        let summary = try workspace.save(dataset, origin: "SampleData/goc-idaresi-2021")
        #expect(summary.counts == DatasetCounts(goals: 46, indicators: 58, budgetLines: 16, seriesPoints: 66))
        let stored = try #require(try workspace.dataset("goc-idaresi-2021"))
        #expect(stored == dataset)
    }

    @Test func moneyStaysExact() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        try workspace.save(try sample("goc-idaresi-2021"))
        let line = try #require(try workspace.budgetLines(in: "goc-idaresi-2021", year: 2021, classification: .economic).first { $0.code == "3" })
        #expect(line.spent?.description == "309779558.12")
        let rate = try #require(try workspace.indicators(in: "goc-idaresi-2021", year: 2021, goals: nil).first { $0.code == "PP8" })
        #expect(rate.quarters[3]?.description == "24.50")
    }

    @Test func anUndeclaredAggregationStaysUndeclaredInRowsAndImage() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        try workspace.save(try sample("goc-idaresi-2021"))
        // PG1.2.2 leaves `aggregation` empty, PP1 declares `last`: rows and image keep the difference.
        let rows = try workspace.indicators(in: "goc-idaresi-2021")
        #expect(rows.first { $0.code == "PG1.2.2" }?.aggregation == nil)
        #expect(rows.first { $0.code == "PP1" }?.aggregation == .last)
        let image = try #require(try workspace.dataset("goc-idaresi-2021"))
        #expect(image.indicators.first { $0.code == "PG1.2.2" }?.aggregation == nil)
        #expect(image.indicators.first { $0.code == "PP2" }?.aggregation == .sum)
        let sql = try workspace.query("SELECT aggregation, aggregation_declared FROM indicator WHERE code IN ('PG1.2.2', 'PP1') ORDER BY code")
        #expect(sql.rows == [[.text("last"), .integer(0)], [.text("last"), .integer(1)]])
    }

    @Test func loadingAnExistingIDIsRefusedWithoutReplace() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        let dataset = try sample("iletisim-sp-2020-2024")
        try workspace.save(dataset)
        #expect(throws: WorkspaceError.datasetExists("iletisim-sp-2020-2024")) { try workspace.save(dataset) }
        #expect(try workspace.datasetSummaries().count == 1)
        #expect(try workspace.goals(in: dataset.id).count == 19)
    }

    @Test func replaceSwapsTheWholeDataset() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        var dataset = try sample("iletisim-sp-2020-2024")
        try workspace.save(dataset)
        dataset.goals.removeLast(10)
        dataset.manifest.title = "Revised"
        try workspace.save(dataset, replace: true)
        #expect(try workspace.goals(in: dataset.id).count == 9)
        #expect(try workspace.summary(of: dataset.id)?.manifest.title == "Revised")
        #expect(try workspace.summary(of: dataset.id)?.counts.goals == 9)
    }

    @Test func cancelledImportLeavesTheWorkspaceAsItWas() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        let original = try sample("iletisim-sp-2020-2024")
        try workspace.save(original)
        var changed = original
        changed.manifest.title = "Should not be stored"
        #expect(throws: WorkspaceError.cancelled) { try workspace.save(changed, replace: true, isCancelled: { true }) }
        #expect(try workspace.dataset(original.id) == original)
    }

    @Test func removeDeletesEveryRow() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        try workspace.save(try sample("goc-idaresi-2021"))
        #expect(try workspace.removeDataset("goc-idaresi-2021"))
        #expect(try workspace.removeDataset("goc-idaresi-2021") == false)
        #expect(try workspace.goals(in: "goc-idaresi-2021").isEmpty)
        #expect(try workspace.budgetLines(in: "goc-idaresi-2021").isEmpty)
        #expect(try workspace.series(in: "goc-idaresi-2021").isEmpty)
    }

    @Test func filtersByYearGoalClassificationAndSeriesPrefix() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        try workspace.save(try sample("goc-idaresi-2021"))
        let id = "goc-idaresi-2021"
        #expect(try workspace.indicators(in: id, goals: ["H1.2"]).map(\.code) == ["PG1.2.2", "PG1.2.3", "PG1.2.4", "PG1.2.5"])
        #expect(try workspace.budgetLines(in: id, year: 2022).count == 6)
        #expect(try workspace.budgetYears(in: id) == [2020, 2021, 2022])
        let totals = try workspace.series(in: id, prefix: "budget.total")
        #expect(totals.count == 16)
        #expect(totals.allSatisfy { $0.series.hasPrefix("budget.total.") })
        // A prefix matches whole dotted segments: "budget.tot" is not "budget.total".
        #expect(try workspace.series(in: id, prefix: "budget.tot").isEmpty)
        #expect(try workspace.codes(in: id, of: .goal).first == "A1")
    }

    @Test func fileWorkspaceSurvivesReopeningAndUsesWAL() throws {
        let path = temporaryWorkspacePath()
        do {
            let workspace = try Workspace(path: path)
            try workspace.save(try sample("iletisim-sp-2020-2024"), origin: "x")
        }
        let reopened = try Workspace(path: path)
        #expect(try reopened.datasetIDs() == ["iletisim-sp-2020-2024"])
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func twoWorkspacesOnOneFileSeeEachOthersCommits() throws {
        let path = temporaryWorkspacePath()
        let first = try Workspace(path: path)
        let second = try Workspace(path: path)
        try first.save(try sample("iletisim-sp-2020-2024"))
        #expect(try second.datasetIDs() == ["iletisim-sp-2020-2024"])
        try second.removeDataset("iletisim-sp-2020-2024")
        #expect(try first.datasetIDs().isEmpty)
    }

    @Test func aKeptDatasetIsReadAgainAfterAnotherShellReplacesIt() throws {
        let path = temporaryWorkspacePath()
        let first = try Workspace(path: path)
        let second = try Workspace(path: path)
        var dataset = try sample("goc-idaresi-2021")
        try first.save(dataset)
        #expect(try first.dataset(dataset.id) == dataset, "read from the image")
        #expect(try first.dataset(dataset.id) == dataset, "kept by the session")
        dataset.budget[0].initial = ExactDecimal("1.05")
        dataset.indicators.removeLast()
        try second.save(dataset, replace: true)
        #expect(try first.dataset(dataset.id) == dataset, "the image's revision changed: read again")
        try second.removeDataset(dataset.id)
        #expect(try first.dataset(dataset.id) == nil)
    }

    @Test func extraColumnsArePreserved() throws {
        let files: [String: [UInt8]] = [
            "dataset.yaml": Array("format: senaryo-dataset/1\nid: x\ninstitution: I\ntitle: T\nkind: strategic-plan\n".utf8),
            "goals.csv": Array("code,level,title,birim,not\nA1,aim,Amaç,Çevre,ilk\n".utf8),
        ]
        let dataset = try DatasetReader().read(files).get()
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        try workspace.save(dataset)
        let goal = try #require(try workspace.goals(in: "x").first)
        #expect(goal.extra.names == ["birim", "not"])
        #expect(goal.extra["birim"] == "Çevre")
    }

    @Test func notAWorkspaceFileIsAClearError() throws {
        let path = temporaryWorkspacePath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("this is not sqlite, just text that is long enough to be a header".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: WorkspaceError.self) { try Workspace(path: path) }
    }
}

@Suite("Workspace replace")
struct WorkspaceReplaceTests {
    @Test func replacingADatasetKeepsItsScenarios() throws {
        let workspace = try Workspace(path: Workspace.inMemoryPath)
        var dataset = try DatasetLoader().load(from: sampleDataPath("goc-idaresi-2021"))
        try workspace.save(dataset)
        try workspace.createScenario(Scenario(name: "s", datasetID: dataset.id, createdAt: "t"))
        try workspace.appendStep(Scenario.Step(operation: .ceiling(year: 2022, classification: .economic, amount: 1), command: "ceiling 2022 1", createdAt: "t"), to: "s")
        dataset.indicators.removeLast()
        try workspace.save(dataset, replace: true)
        #expect(try workspace.scenario(named: "s")?.steps.count == 1)
        #expect(try workspace.indicators(in: dataset.id).count == 57)
        #expect(try workspace.summary(of: dataset.id)?.counts.indicators == 57)
        try workspace.removeDataset(dataset.id)
        #expect(try workspace.scenario(named: "s") == nil, "unloading drops the dataset's scenarios")
    }
}

private func sampleDataPath(_ id: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleData").appendingPathComponent(id).path
}
