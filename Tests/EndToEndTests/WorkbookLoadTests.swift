import Foundation
import Testing

/// `load FILE.xlsx` on workbooks written by two real producers, openpyxl and LibreOffice, from
/// the bundled CSVs (scripts/make-workbooks; scripts/test installs both tools): every view of the
/// data is byte-identical to loading the CSV folder.
@Suite("Loading workbooks")
struct WorkbookLoadTests {
    static let views = ["budget --format csv", "indicators --format csv", "goals --format csv", "series --format csv",
                        "budget", "indicators", "goals", "check",
                        "sql \"select * from indicator order by code, year\" --format csv",
                        "sql \"select * from budget_line order by year, classification, code\" --format csv"]

    /// Everything after the load line, for one dataset source.
    static func views(of source: String) throws -> String {
        let result = try SenaryoBinary.run(["-w", ":memory:", "--keep-going", "-c", "load \(source)"] + views.flatMap { ["-c", $0] }, merged: true)
        return result.output.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
    }

    @Test(arguments: ["goc-idaresi-2021", "iletisim-sp-2020-2024"])
    func workbooksFromBothProducersLoadLikeTheirCSVs(dataset: String) throws {
        let folder = SenaryoBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let make = Process()
        make.executableURL = SenaryoBinary.packageRoot.appendingPathComponent("scripts/make-workbooks")
        make.arguments = ["SampleData/\(dataset)", folder.appendingPathComponent(dataset).path]
        make.currentDirectoryURL = SenaryoBinary.packageRoot
        make.environment = ProcessInfo.processInfo.environment.merging(["HOME": folder.path]) { $1 }
        try make.run()
        make.waitUntilExit()
        try #require(make.terminationStatus == 0, "scripts/make-workbooks needs python3 with openpyxl and LibreOffice (scripts/install-deps installs them)")

        let expected = try Self.views(of: "SampleData/\(dataset)")
        #expect(expected.contains("code,goal,year"))  // the views ran (indicators as CSV)
        for producer in ["openpyxl", "libreoffice"] {
            let workbook = folder.appendingPathComponent("\(dataset).\(producer).xlsx").path
            let first = try SenaryoBinary.run(["-w", ":memory:", "-c", "load \(workbook)"], merged: true)
            #expect(first.output.hasPrefix("loaded \(dataset) — "), "\(producer): \(first.output)")
            #expect(try Self.views(of: workbook) == expected, "\(producer) workbook differs from the CSVs")
        }
    }

    @Test func aBrokenWorkbookIsRefusedWithItsCellsAndChangesNothing() throws {
        let home = SenaryoBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let notAWorkbook = home.appendingPathComponent("rapor.xlsx")
        try Data("year,code\n2021,1\n".utf8).write(to: notAWorkbook)
        let result = try SenaryoBinary.run(["-c", "load \(notAWorkbook.path)", "-c", "datasets"], merged: true, home: home)
        #expect(result.status == 1)
        #expect(result.output.contains("\(notAWorkbook.path): is not an .xlsx workbook (it is not a ZIP archive)"))
        let after = try SenaryoBinary.run(["-c", "datasets"], merged: true, home: home)
        #expect(after.output.contains("no datasets") || !after.output.contains("rapor"))
    }
}
