import Foundation
import Testing

/// A scenario exported as a script rebuilds exactly the same scenario, in another workspace,
/// and the bundled example scripts run cleanly.
@Suite("Scenario export and examples")
struct ScenarioReplayTests {
    @Test func exportedScenarioReplaysToTheSameFigures() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let first = home.appendingPathComponent("first.sqlite").path, second = home.appendingPathComponent("second.sqlite").path
        let script = home.appendingPathComponent("export.senaryo").path
        let build = try SenaryoBinary.run(["--workspace", first, "-c", "load SampleData/goc-idaresi-2021",
                                           "-c", "scenario new temel --note \"ilk taslak\"", "-c", "target --prefix PP +10%",
                                           "-c", "grow 2022 2023 45 --rate capital=10 --hold 1 --round 1000",
                                           "-c", "scenario new yuksek --base temel", "-c", "actual PP16 +20%",
                                           "-c", "ceiling 2023 6000000000", "-c", "inflation 2023=45"], home: home)
        #expect(build.status == 0, "\(build.stderr)")
        let export = try SenaryoBinary.run(["--workspace", first, "-c", "scenario export yuksek"], home: home)
        #expect(export.status == 0)
        try export.stdout.write(toFile: script, atomically: true, encoding: .utf8)

        let replay = try SenaryoBinary.run(["--workspace", second, "-c", "load SampleData/goc-idaresi-2021", "-c", "source \(script)"], home: home)
        #expect(replay.status == 0, "\(replay.stderr)")
        // Replaying twice is fine too (scenario new --replace).
        #expect(try SenaryoBinary.run(["--workspace", second, script], home: home).status == 0)

        for command in ["scenario show yuksek --format json", "compare baseline temel yuksek --format csv",
                        "budget 2023 --scenario yuksek --real --format csv", "indicators --scenario yuksek --format csv"] {
            let a = try SenaryoBinary.run(["--workspace", first, "-c", command], home: home)
            let b = try SenaryoBinary.run(["--workspace", second, "-c", command], home: home)
            #expect(a.status == 0 && b.status == 0)
            // Creation times differ; everything else must be identical.
            let strip = { (text: String) in text.split(separator: "\n").filter { !$0.contains("created_at") }.joined(separator: "\n") }
            #expect(strip(a.stdout) == strip(b.stdout), "`\(command)` differs after replay")
        }
    }

    /// Run from another folder: the data a script loads is found relative to the script.
    @Test("example script runs from any folder", arguments: ["quarterly-review.senaryo", "budget-2023.senaryo", "target-setting.senaryo"])
    func exampleScript(_ name: String) throws {
        let script = SenaryoBinary.packageRoot.appendingPathComponent("scripts/examples/\(name)").path
        let result = try SenaryoBinary.run(["--workspace", ":memory:", script], directory: SenaryoBinary.temporaryDirectory())
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func examplesTakeParameters() throws {
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "--set", "growth=40", "--set", "ceiling=5000000000",
                                            "scripts/examples/budget-2023.senaryo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("grow 2022 2023 40"), "the exported scenario records the parameter used")
        #expect(result.stdout.contains("over the ceiling of 5000000000"))
    }
}

@Suite("Charts")
struct ChartTests {
    @Test func svgChartIsWritten() throws {
        let file = SenaryoBinary.temporaryDirectory().appendingPathComponent("izleme.svg").path
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "load SampleData/goc-idaresi-2021",
                                            "-c", "chart indicators --prefix PP --svg \(file)"])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: file, encoding: .utf8)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("PP16 Sınır Dışı edilen yabancı sayısı"))
        #expect(svg.components(separatedBy: "<rect").count == 23, "one bar per PP indicator")
        #expect(svg.hasSuffix("</svg>\n"))
    }
}

@Suite("Export")
struct ExportTests {
    /// The parts of a zip archive and one part's text, read with Python's zipfile.
    func zipPart(_ path: String, _ part: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(' '.join(z.namelist())); print(z.read(sys.argv[2]).decode())", path, part]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    @Test func excelWorkbookWithOneSheetPerTable() throws {
        let folder = SenaryoBinary.temporaryDirectory()
        let xlsx = folder.appendingPathComponent("butce.xlsx").path, csv = folder.appendingPathComponent("check.csv").path
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "load SampleData/goc-idaresi-2021",
                                            "-c", "export \(xlsx) \"budget 2021\"", "-c", "export \(csv) \"check --warn-only\""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote \(xlsx)"))
        let sheet = try zipPart(xlsx, "xl/worksheets/sheet1.xml")
        #expect(sheet.hasPrefix("[Content_Types].xml _rels/.rels xl/workbook.xml xl/_rels/workbook.xml.rels xl/styles.xml xl/worksheets/sheet1.xml"))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">year</t></is></c>"), "bold header")
        #expect(sheet.contains("<v>309779558.12</v>"), "money as an exact number")
        #expect(sheet.contains("Mal ve Hizmet Alımı Giderleri"))
        let audit = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(audit.hasPrefix("dataset,severity,table,key,column,stated,derived,message\n"))
        let bad = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "export x.pdf \"datasets\""])
        #expect(bad.status == 1 && bad.stderr.contains("not a format to export to"))
    }
}
