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

extension Result {
    var failureValue: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}

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
    @Test func amountsBeyondTheSupportedRangeAreRefusedWithTheirPosition() {
        let budget = "year,classification,code,parent,name,initial\n2021,economic,1,,A,1234567890123456789012345678901234567\n"
            + "2021,economic,2,,B,999999999999999999999999.99\n"
        #expect(errors(["dataset.yaml": manifest, "budget.csv": budget]) == [
            "budget.csv:2:6: initial: 1234567890123456789012345678901234567 is beyond the supported range (at most 24 digits before the decimal point)",
        ])
    }

    @Test func aNulByteInACellIsRefusedWithItsPosition() {
        var goals = Array("code,level,title\nA1,aim,Göç".utf8)
        goals += [0] + Array("gizli\n\"A2\",aim,\"x".utf8) + [0] + Array("\"\n".utf8)
        #expect(errors(["dataset.yaml": Array(manifest.utf8), "goals.csv": goals]) == [
            "goals.csv:2:3: contains a NUL byte (character 0), which would cut the text short: remove it",
            "goals.csv:3:3: contains a NUL byte (character 0), which would cut the text short: remove it",
        ])
    }

    @Test func utf16AndWindows1254FilesAreNamed() {
        let text = "code,level,title\nA1,aim,Göç\n"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndianNoMark: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let windows1254: [UInt8] = Array("code,level,title\nA1,aim,G".utf8) + [0xF6, 0xE7, 0x20, 0xFD, 0x0A]
        #expect(errors(["dataset.yaml": Array(manifest.utf8), "goals.csv": littleEndian])
                == ["goals.csv: is UTF-16 (little-endian), not UTF-8 (save it as UTF-8: in Excel, \"CSV UTF-8\")"])
        #expect(errors(["dataset.yaml": Array(manifest.utf8), "goals.csv": bigEndianNoMark])
                == ["goals.csv: is UTF-16 (big-endian), not UTF-8 (save it as UTF-8: in Excel, \"CSV UTF-8\")"])
        #expect(errors(["dataset.yaml": Array(manifest.utf8), "goals.csv": windows1254])
                == ["goals.csv:2:3: is not valid UTF-8 (it looks like Windows-1254 (Turkish) text: save the file as UTF-8)"])
        let yaml = Array("format: senaryo-dataset/1\nid: x\ninstitution: G".utf8) + [0xF6, 0xE7] + Array("\n".utf8)
        #expect(errors(["dataset.yaml": yaml, "goals.csv": Array("code,level,title\n".utf8)])
                == ["dataset.yaml:3:15: is not valid UTF-8 (it looks like Windows-1254 (Turkish) text: save the file as UTF-8)"])
        let yaml16: [UInt8] = [0xFF, 0xFE] + manifest.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(errors(["dataset.yaml": yaml16, "goals.csv": Array("code,level,title\n".utf8)])
                == ["dataset.yaml: is UTF-16 (little-endian), not UTF-8 (save it as UTF-8)"])
    }

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

@Suite("Hostile datasets: error output")
struct ErrorOutputTests {
    @Test func errorsAreListedUpToALimitAndCellsQuotedShort() throws {
        var indicators = "code,year,name,target\n"
        for index in 0..<1_000 { indicators += "PG\(index),2021,A,x\(index)\n" }
        indicators += "PGX,2021,A,\(String(repeating: "9,", count: 500_000))\n".replacingOccurrences(of: "9,", with: "9a")
        let result = DatasetReader().read(["dataset.yaml": Array(manifest.utf8), "indicators.csv": Array(indicators.utf8)])
        let error = try #require(result.failureValue)
        #expect(error.diagnostics.count == 1_001, "every problem is still known")
        let lines = error.description.split(separator: "\n")
        #expect(lines.count == 1 + 100 + 1)
        #expect(lines.first == "dataset not loaded, 1001 errors:")
        #expect(lines.last == "  … and 901 more (fix these first: they often cause the rest)")
        let long = try #require(error.diagnostics.last?.description)
        #expect(long == "indicators.csv:1002:4: target: \"\(String(repeating: "9a", count: 29))9…\" (1000000 characters) is not a number (expected plain format, e.g. 1234567.89 or -19.6)")
    }
}

@Suite("Hostile dataset folders", .serialized)
struct HostileFolderTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try manifest.write(to: url.appendingPathComponent("dataset.yaml"), atomically: true, encoding: .utf8)
        try "code,year,name\nPG1,2021,A\n".write(to: url.appendingPathComponent("indicators.csv"), atomically: true, encoding: .utf8)
        return url
    }

    func loadErrors(_ folder: URL) -> [String] {
        do {
            _ = try DatasetLoader().load(from: folder.path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aDanglingLinkIsAnErrorNotAMissingTable() throws {
        let folder = try Self.folder()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("goals.csv").path, withDestinationPath: "gone.csv")
        #expect(loadErrors(folder) == ["goals.csv: is a symbolic link to gone.csv, which does not exist"])
    }

    @Test func aLinkLeadingOutOfTheFolderIsRefusedOneInsideIsFollowed() throws {
        let folder = try Self.folder()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-outside-\(UUID().uuidString).csv")
        try "code,level,title\nA1,aim,X\n".write(to: outside, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("goals.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside.path)
        let resolved = URL(fileURLWithPath: outside.path).resolvingSymlinksInPath().path
        #expect(loadErrors(folder) == ["goals.csv: is a symbolic link to \(resolved), outside the dataset folder (copy the file into the folder)"])
        try FileManager.default.removeItem(atPath: link)
        try FileManager.default.copyItem(at: outside, to: folder.appendingPathComponent("goals-2021.csv"))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "goals-2021.csv")
        #expect(loadErrors(folder) == [])
    }

    @Test func aFifoOrAFolderIsNotReadAsATable() throws {
        let folder = try Self.folder()
        #expect(mkfifo(folder.appendingPathComponent("goals.csv").path, 0o600) == 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("budget.csv"), withIntermediateDirectories: false)
        // A FIFO with no writer blocked the load for ever.
        #expect(loadErrors(folder) == ["goals.csv: cannot be read: not a regular file", "budget.csv: cannot be read: not a regular file"])
    }
}
