import Foundation
import Testing
import SenaryoEngine
@testable import SenaryoDataset

// Datasets built to break the reader (issue 13): every one is refused with a position, in
// time linear in its size, and no text is silently cut or misread.

private let manifest = """
    format: senaryo-dataset/1
    id: test-dataset
    institution: Test İdaresi
    title: Test Raporu
    kind: strategic-plan

    """

private func errors(_ files: [String: [UInt8]]) -> [String] {
    switch DatasetReader().read(files) {
    case .success: return []
    case .failure(let error): return error.diagnostics.map(\.description)
    }
}

private func errors(_ files: [String: String]) -> [String] {
    errors(files.mapValues { Array($0.utf8) })
}

@Suite("Hostile datasets")
struct HostileDatasetTests {
    @Test func aLongChainLoadsInLinearTime() throws {
        // 20 000 deep took 65 s when each goal walked up to its root.
        var goals = "code,parent,level,title\n"
        for index in 0..<20_000 { goals += "G\(index),\(index == 0 ? "" : "G\(index - 1)"),objective,x\n" }
        let start = ContinuousClock.now
        let dataset = try DatasetReader().read(["dataset.yaml": Array(manifest.utf8), "goals.csv": Array(goals.utf8)]).get()
        #expect(dataset.goals.count == 20_000)
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func aCycleIsOneErrorHoweverLong() {
        // A 10 000-goal cycle gave 10 000 errors of 10 000 codes each (989 MB).
        var goals = "code,parent,level,title\nROOT,,aim,x\nT1,T2,objective,x\n"
        for index in 0..<10_000 { goals += "C\(index),C\((index + 1) % 10_000),objective,x\n" }
        goals += "T2,T1,objective,x\nLEAF,C5,objective,x\n"
        let found = errors(["dataset.yaml": manifest, "goals.csv": goals])
        #expect(found == [
            "goals.csv:3:2: parent: forms a cycle: T1 → T2 → T1",
            "goals.csv:4:2: parent: forms a cycle: C0 → C1 → C2 → C3 → C4 → C5 → C6 → C7 → C8 → C9 → C10 → C11 → … → C0 (10000 members)",
        ])
    }

    @Test func cyclesAreFoundFromTheirFirstMemberWhereverTheWalkEntersThem() {
        let cycles = DatasetValidator.cycles(in: ["a": "b", "b": "c", "c": "b", "d": "d", "e": nil], order: ["a", "c", "b", "d", "e"])
        #expect(cycles == [["c", "b", "c"], ["d", "d"]])
    }
}
