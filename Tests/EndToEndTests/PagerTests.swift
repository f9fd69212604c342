import Foundation
import Testing

/// Long output at the terminal goes through `$PAGER`; short output, scripts and pipes never do.
@Suite("Pager", .serialized)
struct PagerTests {
    /// A "pager" that marks every line it shows, so the test sees which output went through it.
    static let markingPager = "sed 's/^/PAGED|/'"

    @Test func longOutputAtThePromptIsPagedShortOutputIsNot() throws {
        let home = SenaryoBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try PseudoTerminal.senaryo(["--workspace", ":memory:"], home: home, environment: ["PAGER": Self.markingPager])
        #expect(terminal.waitFor("senaryo> "))
        var mark = terminal.mark
        terminal.type("load SampleData/goc-idaresi-2021\r")
        #expect(terminal.waitFor("46 goals", after: mark))
        #expect(!terminal.transcript[mark...].contains("PAGED|"), "a two-line answer was paged")

        // 58 indicators on a 40-row terminal: paged, from the first line to the caption.
        mark = terminal.mark
        terminal.type("indicators\r")
        #expect(terminal.waitFor("PAGED|58 of 58 indicators", after: mark), "not paged:\n\(terminal.transcript[mark...])")
        #expect(terminal.transcript[mark...].contains("PAGED| PP1 "))

        mark = terminal.mark
        terminal.type("settings pager off\r")
        #expect(terminal.waitFor("pager off", after: mark))
        mark = terminal.mark
        terminal.type("indicators\r")
        #expect(terminal.waitFor("58 of 58 indicators", after: mark))
        #expect(!terminal.transcript[mark...].contains("PAGED|"), "paged with the pager off")
        _ = terminal.waitFor("> ", after: terminal.mark, timeout: 2)
        #expect(terminal.typeUntilExit("quit\r") == 0)
    }

    @Test func commandsAndScriptsAreNeverPaged() throws {
        let home = SenaryoBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try PseudoTerminal.senaryo(["--workspace", ":memory:", "-c", "load SampleData/goc-idaresi-2021", "-c", "indicators"],
                                                  home: home, environment: ["PAGER": Self.markingPager])
        #expect(terminal.waitFor("58 of 58 indicators"))
        #expect(terminal.waitForExit() == 0)
        #expect(!terminal.transcript.contains("PAGED|"))
    }
}
