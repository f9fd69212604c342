import Foundation
import Testing
@testable import SenaryoDataset

/// The corpus of broken datasets in `Broken/`: one folder per case, each with the dataset files and
/// `expected-errors.txt`, the exact `Diagnostic.description` lines the loader must report, in order.
///
/// `{folder}` in an expected line stands for the case folder's path (the loader names the folder
/// when there is no file to name).
enum BrokenCorpus {
    static let expectedFile = "expected-errors.txt"

    static var root: URL {
        get throws { try #require(Bundle.module.url(forResource: "Broken", withExtension: nil)) }
    }

    static func allCases() throws -> [String] {
        let root = try root
        return try FileManager.default.contentsOfDirectory(atPath: root.path).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// Every case, for the parameterised test.
    static var cases: [String] {
        (try? allCases()) ?? []
    }

    static func folder(_ name: String) throws -> String {
        try root.appendingPathComponent(name).path
    }

    static func expectedLines(_ name: String) throws -> [String] {
        let url = try root.appendingPathComponent(name).appendingPathComponent(expectedFile)
        let text = try String(contentsOf: url, encoding: .utf8)
        let folder = try folder(name)
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.replacingOccurrences(of: "{folder}", with: folder) }
    }

    /// Loads the case and returns the description of every diagnostic, or nil when it loaded.
    static func actualLines(_ name: String) throws -> [String]? {
        let folder = try folder(name)
        do {
            _ = try DatasetLoader().load(from: folder)
            return nil
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static func check(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try expectedLines(name)
        #expect(!expected.isEmpty, "\(name)/\(expectedFile) is empty", sourceLocation: sourceLocation)
        guard let actual = try actualLines(name) else {
            Issue.record("\(name) loaded without errors; expected:\n\(expected.joined(separator: "\n"))", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(name)", sourceLocation: sourceLocation)
    }
}

@Suite("Broken datasets")
struct BrokenDatasetTests {
    @Test("every broken dataset is rejected with exactly the expected errors", arguments: BrokenCorpus.cases)
    func brokenDataset(_ name: String) throws {
        try BrokenCorpus.check(name)
    }

    @Test("the corpus is complete and every case has its expected errors")
    func corpusIsComplete() throws {
        let cases = try BrokenCorpus.allCases()
        #expect(cases.count >= 40)
        for name in cases {
            let lines = try BrokenCorpus.expectedLines(name)
            #expect(!lines.isEmpty, "\(name) has no expected errors")
            let files = try FileManager.default.contentsOfDirectory(atPath: BrokenCorpus.folder(name))
            #expect(files.contains(BrokenCorpus.expectedFile), "\(name)")
        }
        // The kinds of error the format defines each have a case.
        for required in [
            "manifest-missing", "manifest-yaml-syntax", "manifest-wrong-format", "manifest-missing-keys", "manifest-bad-id",
            "manifest-unknown-kind", "manifest-year-missing", "manifest-bad-number-format", "manifest-bad-delimiter",
            "no-tables", "csv-missing-column", "csv-duplicate-header", "csv-empty-required-cell", "number-plain-bad",
            "number-tr-bad-grouping", "csv-wrong-field-count", "csv-unterminated-quote", "csv-stray-quote",
            "goals-duplicate-code", "goals-unknown-parent", "goals-unknown-related", "goals-cycle",
            "indicators-unknown-goal", "indicators-duplicate-code-year", "goals-unknown-level",
            "budget-unknown-classification", "indicators-unknown-aggregation", "indicators-unknown-direction",
            "budget-duplicate-key", "budget-unknown-parent", "budget-cycle", "series-duplicate-key",
            "series-bad-period", "csv-bad-year", "several-files",
        ] {
            #expect(cases.contains(required), "missing case \(required)")
        }
    }

    @Test("errors in several files are all reported, in file order")
    func severalFiles() throws {
        let lines = try #require(try BrokenCorpus.actualLines("several-files"))
        let files = lines.map { String($0.prefix(while: { $0 != ":" })) }
        #expect(Set(files) == ["goals.csv", "indicators.csv", "budget.csv", "series.csv"])
        let order = ["goals.csv", "indicators.csv", "budget.csv", "series.csv"]
        #expect(files == files.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
    }

    @Test("DatasetError describes every diagnostic")
    func datasetErrorDescription() throws {
        let error = DatasetError([
            Diagnostic(file: "goals.csv", line: 5, column: 1, field: "code", message: "\"H1.1\" is a duplicate (first defined on line 3)"),
            Diagnostic(file: "dataset.yaml", field: "year", message: "is required for kind activity-report (the monitoring year, e.g. 2021)"),
            Diagnostic(file: "goals.csv", line: 1, message: "has no header row (expected columns code, level, title)"),
        ])
        #expect(error.description == """
            dataset not loaded, 3 errors:
              goals.csv:5:1: code: "H1.1" is a duplicate (first defined on line 3)
              dataset.yaml: year: is required for kind activity-report (the monitoring year, e.g. 2021)
              goals.csv:1: has no header row (expected columns code, level, title)
            """)
        #expect(DatasetError([Diagnostic(file: "x", message: "y")]).description == "dataset not loaded, 1 error:\n  x: y")
    }
}
