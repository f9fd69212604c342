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

    /// A dataset folder of the test's own, so that it can be moved away.
    private func copyOfTheSample(in home: URL) throws -> URL {
        let folder = home.appendingPathComponent("veri/goc-idaresi-2021")
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SenaryoBinary.packageRoot.appendingPathComponent("SampleData/goc-idaresi-2021"), to: folder)
        return folder
    }

    /// The exported script loads the dataset from where it was loaded (unless the workspace
    /// holds it), so it rebuilds the scenario in a fresh workspace, printing byte for byte what
    /// it prints where it was made; numbers typed under `settings numbers tr` are kept portable.
    @Test func exportedScriptRebuildsTheScenarioInAFreshWorkspace() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let folder = try copyOfTheSample(in: home)
        let first = home.appendingPathComponent("first.sqlite").path, fresh = home.appendingPathComponent("fresh.sqlite").path
        let script = home.appendingPathComponent("hedef.senaryo").path
        let build = try SenaryoBinary.run(["--workspace", first, "-c", "load \(folder.path)", "-c", "settings numbers tr",
                                           "-c", "scenario new hedef-artış --note \"OVP'ye göre\"", "-c", "target PP16 = 80.000",
                                           "-c", "grow 2021 2022 %45 --round 1.000", "-c", "export \(script) \"scenario export\""], home: home)
        #expect(build.status == 0, "\(build.stderr)")
        let text = try String(contentsOfFile: script, encoding: .utf8)
        #expect(text.contains("load \(folder.path) --unless-loaded goc-idaresi-2021 --quiet\nuse goc-idaresi-2021\n"), "\(text)")
        #expect(text.contains("target PP16 = 80000\ngrow 2021 2022 %45 --round 1000"), "portable numbers:\n\(text)")

        let inFresh = try SenaryoBinary.run(["--workspace", fresh, script], home: home)
        let inFirst = try SenaryoBinary.run(["--workspace", first, script], home: home)
        #expect(inFresh.status == 0 && inFirst.status == 0, "\(inFresh.stderr)\(inFirst.stderr)")
        #expect(inFresh.output == inFirst.output)
        #expect(inFresh.stdout.contains("target of PP16 = 80000"))
        for command in ["compare baseline hedef-artış --format csv", "scenario show hedef-artış --format csv"] {
            let a = try SenaryoBinary.run(["--workspace", first, "-c", command], home: home)
            let b = try SenaryoBinary.run(["--workspace", fresh, "-c", command], home: home)
            let strip = { (text: String) in text.split(separator: "\n").map { $0.split(separator: ",").filter { !$0.hasPrefix("20") || !$0.hasSuffix("Z") }.joined(separator: ",") } }
            #expect(a.status == 0 && strip(a.stdout) == strip(b.stdout), "`\(command)` differs after replay")
        }
        let listed = try SenaryoBinary.run(["--workspace", first, "-c", "datasets -v --format csv"], home: home)
        #expect(listed.stdout.contains(",\(folder.path),"), "datasets -v shows the origin:\n\(listed.stdout)")

        // The folder moved away: a fresh workspace cannot rebuild it, and says which folder it expected.
        try FileManager.default.moveItem(at: folder, to: home.appendingPathComponent("elsewhere"))
        let lost = try SenaryoBinary.run(["--workspace", home.appendingPathComponent("other.sqlite").path, script], home: home)
        #expect(lost.status == 1)
        #expect(lost.stderr.contains("hedef.senaryo:3: error: goc-idaresi-2021 is not in this workspace, and the folder it was loaded from, \(folder.path), no longer exists"),
                "\(lost.stderr)")
        // Where the workspace holds the dataset, the replay still works.
        #expect(try SenaryoBinary.run(["--workspace", first, script], home: home).output == inFirst.output)
    }

    /// `record` starts its file with the state the recorded commands need, so `senaryo FILE`
    /// replays them — in the same workspace and in a fresh one — printing byte for byte what
    /// they printed.
    @Test func recordingReplaysWithTheSameOutput() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let folder = try copyOfTheSample(in: home)
        let first = home.appendingPathComponent("first.sqlite").path
        let script = home.appendingPathComponent("oturum.senaryo").path
        let session = try SenaryoBinary.run(["--workspace", first, "-c", "load \(folder.path)", "-c", "settings bands 70 100",
                                             "-c", "scenario new artis", "-c", "target PP16 +10%", "-c", "record \(script)",
                                             "-c", "actual PP16 -5%", "-c", "indicators PP16", "-c", "compare --changed", "-c", "record stop"],
                                            home: home)
        #expect(session.status == 0, "\(session.stderr)")
        let recorded = try #require(session.stdout.range(of: "recording to \(script)\n"))
        let original = String(session.stdout[recorded.upperBound...]).replacingOccurrences(of: "stopped recording to \(script)\n", with: "")
        let text = try String(contentsOfFile: script, encoding: .utf8)
        #expect(text.contains("use --quiet goc-idaresi-2021\nsettings --quiet bands 70 100\nscenario --quiet new artis --replace\ntarget --quiet PP16 +10%\nactual PP16 -5%"),
                "\(text)")
        let inFresh = try SenaryoBinary.run(["--workspace", home.appendingPathComponent("fresh.sqlite").path, script], home: home)
        let inFirst = try SenaryoBinary.run(["--workspace", first, script], home: home)
        #expect(inFresh.status == 0 && inFirst.status == 0, "\(inFresh.stderr)\(inFirst.stderr)")
        #expect(inFresh.stdout == original, "replay in a fresh workspace")
        #expect(inFirst.stdout == original, "replay in the workspace it was recorded in")
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
        #expect(svg.components(separatedBy: "height=\"16\" fill=").count == 23, "one bar per PP indicator")
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
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">kind</t></is></c>"), "bold header")
        #expect(sheet.contains("<c r=\"B1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">year</t></is></c>"))
        #expect(sheet.contains("<c r=\"A7\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">total</t></is></c>"), "the total row, marked and bold")
        #expect(sheet.contains("<v>309779558.12</v>"), "money as an exact number")
        #expect(sheet.contains("Mal ve Hizmet Alımı Giderleri"))
        let audit = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(audit.hasPrefix("dataset,severity,table,key,column,stated,derived,message\n"))
        let bad = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "export x.pdf \"datasets\""])
        #expect(bad.status == 1 && bad.stderr.contains("not a format to export to"))
    }
}
