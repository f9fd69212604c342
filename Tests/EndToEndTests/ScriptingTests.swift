import Foundation
import Testing

/// Batch behaviour of the real binary: scripts, piped input, -c, variables and exit statuses.
@Suite("Scripts and batch mode")
struct ScriptingTests {
    let review = "Tests/EndToEndTests/Fixtures/scripts/review.senaryo"

    @Test func scriptRunsWithItsDefaults() throws {
        let result = try SenaryoBinary.run(["--workspace", ":memory:", review])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("PP16"))
    }

    @Test func commandLineVariablesOverrideScriptDefaults() throws {
        // 2022 has no indicator rows and a budget without revised amounts: the first assertion fails.
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "--set", "year=2022", review])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(review):8: error: assertion failed: `indicators PP --status not-reached --year 2022` rows is 0, expected = 8"))
    }

    /// A script's relative paths (source, export, load) are relative to its folder, wherever it is run from.
    @Test func relativePathsInAScriptResolveAgainstItsFolder() throws {
        let folder = SenaryoBinary.temporaryDirectory()
        let root = SenaryoBinary.packageRoot.path
        try "load \(root)/SampleData/iletisim-sp-2020-2024\nsource steps.senaryo   # beside this script\n"
            .write(to: folder.appendingPathComponent("main.senaryo"), atomically: true, encoding: .utf8)
        try "export aims.csv \"goals --level aim\"\n".write(to: folder.appendingPathComponent("steps.senaryo"), atomically: true, encoding: .utf8)
        let elsewhere = SenaryoBinary.temporaryDirectory()
        let result = try SenaryoBinary.run(["--workspace", ":memory:", folder.appendingPathComponent("main.senaryo").path], directory: elsewhere)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("aims.csv").path), "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("aims.csv").path))
    }

    @Test func pipedInputStopsAtTheFirstErrorWithItsLine() throws {
        let result = try SenaryoBinary.run(["--workspace", ":memory:"], input: "datasets\nuse nothing\ndatasets\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2: error: no dataset nothing in this workspace"))
        #expect(result.stdout.components(separatedBy: "no datasets loaded").count == 2, "only the first command's output: the third must not run")
    }

    @Test func keepGoingRunsEverythingButStillFails() throws {
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "--keep-going"], input: "datasets\nuse nothing\ndatasets\n")
        #expect(result.status == 1)
        #expect(result.output.components(separatedBy: "no datasets loaded").count == 3)
    }

    @Test func commandsWithDashC() throws {
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "load SampleData/iletisim-sp-2020-2024", "-c", "goals --format csv --level aim"])
        #expect(result.status == 0)
        let csv = try #require(result.stdout.range(of: "code,parent,depth,level,title")).lowerBound
        #expect(result.stdout[csv...].split(separator: "\n").count == 7, "a header and the six aims")
        #expect(!result.stdout.contains("\u{1B}["), "no escape codes without a terminal")
    }

    @Test func sameScriptGivesByteIdenticalOutput() throws {
        let first = try SenaryoBinary.run(["--workspace", ":memory:", "--echo", review])
        let second = try SenaryoBinary.run(["--workspace", ":memory:", "--echo", review])
        #expect(first.output == second.output)
    }

    @Test func recordedSessionReplaysToTheSameState() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let script = home.appendingPathComponent("session.senaryo").path
        let record = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "record \(script) --changes-only",
                                            "-c", "load SampleData/goc-idaresi-2021", "-c", "settings bands 70 100",
                                            "-c", "indicators PP4", "-c", "record stop"])
        #expect(record.status == 0, "\(record.stderr)")
        let text = try String(contentsOfFile: script, encoding: .utf8)
        // The relative path typed is recorded absolute: the script replays from wherever it is saved.
        #expect(text.hasSuffix("load \(SenaryoBinary.packageRoot.path)/SampleData/goc-idaresi-2021\nsettings bands 70 100\n"), "\(text)")
        let replay = try SenaryoBinary.run(["--workspace", ":memory:", script, "-c", "indicators PP4"].filter { $0 != "-c" && $0 != "indicators PP4" })
        #expect(replay.status == 0)
        let check = try SenaryoBinary.run(["--workspace", ":memory:"], input: "source \(script)\nindicators PP4\n")
        #expect(check.stdout.contains("Hedefe Kısmen Ulaşıldı        80"), "bands 70 100 make 70.80 partially reached:\n\(check.stdout)")
    }

    @Test func versionAndHelp() throws {
        let version = try SenaryoBinary.run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("senaryo 0.1.0"))
        let help = try SenaryoBinary.run(["--help"])
        #expect(help.stdout.contains("usage: senaryo [SCRIPT]"))
        let bad = try SenaryoBinary.run(["--wrokspace", "x"])
        #expect(bad.status == 2 && bad.stderr.contains("did you mean --workspace?"))
    }

    @Test("export writes the budget's total rows too, marked, in CSV and JSON (issue 12)")
    func exportedBudgetHasItsTotals() throws {
        let directory = SenaryoBinary.temporaryDirectory()
        let csv = directory.appendingPathComponent("butce.csv").path, json = directory.appendingPathComponent("butce.json").path
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "load Tests/EndToEndTests/Fixtures/budget-totals",
                                            "-c", "export \(csv) \"budget\"", "-c", "export \(json) \"budget 2024\""])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.hasPrefix("kind,year,classification,code,") == true)
        #expect(lines.filter { $0.hasPrefix("line,") }.count == 7)
        #expect(lines.filter { $0.hasPrefix("total,") } == [
            "total,2023,economic,,,,Toplam 2023 Ekonomik,500,,,520,490,,30,,94.230769230769230769230769,100,100,,,,",
            "total,2024,economic,,,,Toplam 2024 Ekonomik,650,,,650,625,,25,,96.153846153846153846153846,100,100,30,,,",
            "total,2024,institutional,,,,Toplam 2024 Kurumsal,650,,,650,625,,25,,96.153846153846153846153846,100,100,,,,",
        ])
        let text = try String(contentsOfFile: json, encoding: .utf8)
        #expect(text.components(separatedBy: "\"kind\": \"total\"").count == 3, "the two 2024 totals")
        #expect(text.contains("{\"kind\": \"total\", \"year\": 2024, \"classification\": \"economic\", \"code\": null"))
    }

    /// `senaryo -c 'use X' -c 'indicators --format csv' > f.csv` gives a clean CSV: when a run
    /// asks for data, its informational lines go to stderr, in a script too.
    @Test func aRunThatAsksForDataKeepsStdoutClean() throws {
        let result = try SenaryoBinary.run(["-w", ":memory:", "-c", "load SampleData/goc-idaresi-2021", "-c", "use goc-idaresi-2021",
                                            "-c", "indicators PP16 --format csv"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("code,goal,year,name,"))
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr.contains("loaded goc-idaresi-2021") && result.stderr.contains("using goc-idaresi-2021"))

        let home = SenaryoBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let script = home.appendingPathComponent("veri.senaryo")
        try "load \(SenaryoBinary.packageRoot.path)/SampleData/goc-idaresi-2021\nbudget 2021 --format=json\n".write(to: script, atomically: true, encoding: .utf8)
        let scripted = try SenaryoBinary.run(["-w", ":memory:", script.path], home: home)
        #expect(scripted.stdout.hasPrefix("[\n  {\"kind\": \"line\""), "\(scripted.stdout.prefix(200))")
        #expect(scripted.stderr.contains("loaded goc-idaresi-2021"))

        // A run for people keeps its messages on stdout.
        let plain = try SenaryoBinary.run(["-w", ":memory:", "-c", "load SampleData/goc-idaresi-2021"])
        #expect(plain.stdout.hasPrefix("loaded goc-idaresi-2021"))
    }
}
