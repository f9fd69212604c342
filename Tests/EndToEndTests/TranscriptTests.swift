import Foundation
import Testing

/// The project's end-to-end transcripts (`Transcripts/*.t`), replayed by the real binary's own
/// transcript runner, `senaryo test`, exactly as a planner would run theirs.
/// After a deliberate change: `senaryo test --update Tests/EndToEndTests/Transcripts/*.t`, then
/// review the diff.
@Suite("Transcripts")
struct TranscriptTests {
    static let directory = SenaryoBinary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Transcripts")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".t") }.sorted()
    }

    @Test("transcript", arguments: files)
    func transcript(_ name: String) throws {
        let result = try SenaryoBinary.run(["test", "Tests/EndToEndTests/Transcripts/\(name)"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"))
    }
}

/// `senaryo test` itself: it must catch a difference, show it, honour regex lines and exit status.
@Suite("senaryo test")
struct TranscriptRunnerTests {
    func write(_ text: String) throws -> String {
        let path = SenaryoBinary.temporaryDirectory().appendingPathComponent("case.t").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func passingTranscriptWithRegexLine() throws {
        let path = try write("> datasets\nno datasets loaded .* (re)\n")
        let result = try SenaryoBinary.run(["test", path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"))
    }

    @Test func differenceIsShownAsUnifiedDiffAndFails() throws {
        let path = try write("> load SampleData/goc-idaresi-2021\nloaded goc-idaresi-2021 — wrong\n  46 goals · 58 indicators · 16 budget lines · 66 series values\n")
        let result = try SenaryoBinary.run(["test", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 difference"))
        #expect(result.stdout.contains("--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n > load SampleData/goc-idaresi-2021\n-loaded goc-idaresi-2021 — wrong\n+loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu\n"))
        #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    }

    /// Lines are aligned before they are compared: a matching `(re)` line after a missing line
    /// is not a difference.
    @Test func aMatchingRegexLineAfterAMissingLineIsNoDifference() throws {
        let path = try write("> load SampleData/goc-idaresi-2021\n  46 goals · .* series values (re)\n> datasets --format csv\ncurrent,id,.* (re)\n")
        let result = try SenaryoBinary.run(["test", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains(": 2 differences\n"), "\(result.stdout)")
        #expect(result.stdout.contains("\n+loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu\n   46 goals · .* series values (re)\n"),
                "\(result.stdout)")
        #expect(!result.stdout.contains("-  46 goals"), "\(result.stdout)")
        // --update keeps the regex lines that match and adds the missing one.
        #expect(try SenaryoBinary.run(["test", "--update", path]).status == 0)
        let updated = try String(contentsOfFile: path, encoding: .utf8)
        #expect(updated.hasPrefix("> load SampleData/goc-idaresi-2021\nloaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu\n  46 goals · .* series values (re)\n"), "\(updated)")
    }

    @Test func failingCommandsNeedAnExitLine() throws {
        let path = try write("> use nothing\nerror: no dataset nothing in this workspace\n  `datasets` lists the loaded ones\n")
        let result = try SenaryoBinary.run(["test", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("+[exit 1]"))
    }

    @Test func updateRewritesTheTranscript() throws {
        let path = try write("> datasets\nsomething else\n")
        let update = try SenaryoBinary.run(["test", "--update", path])
        #expect(update.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "> datasets\nno datasets loaded (try `load SampleData/goc-idaresi-2021`)\n")
        #expect(try SenaryoBinary.run(["test", path]).status == 0)
    }
}
