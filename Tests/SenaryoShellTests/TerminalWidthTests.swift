import BuiltinPlugins
import Foundation
import SenaryoEngine
import SenaryoShell
import SenaryoStore
import Testing

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A shell on a terminal of `width` columns with the Göç İdaresi 2021 data and one scenario.
private func shell(width: Int) throws -> (Shell, CapturingSink) {
    let sink = CapturingSink()
    let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins, sink: sink, terminalWidth: width)
    for line in ["load \(packageRoot.path)/SampleData/goc-idaresi-2021", "scenario new hedef", "target PP16 +10%"] {
        #expect(shell.execute(line))
    }
    sink.output = ""
    return (shell, sink)
}

@Suite("Tables on a terminal")
struct TerminalWidthTests {
    static let views = ["budget 2021", "budget", "indicators", "goals", "series", "check --warn-only", "compare --changed",
                        "compare", "settings", "datasets", "scenario list", "show PP16"]

    @Test(arguments: views)
    func everyDefaultViewFitsEightyColumns(command: String) throws {
        let (shell, sink) = try shell(width: 80)
        #expect(shell.execute(command), "\(command): \(sink.errors)")
        let wide = sink.output.split(separator: "\n").filter { DisplayWidth.of(String($0)) > 80 }
        #expect(wide.isEmpty, "\(command) has \(wide.count) lines wider than 80 columns, e.g. \(wide.first ?? "")")
    }

    @Test func hiddenColumnsAreNamedAndKeyFiguresStay() throws {
        let (shell, sink) = try shell(width: 80)
        #expect(shell.execute("budget 2021"))
        let lines = sink.output.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        for column in ["code", "name", "revised", "spent", "real %"] { #expect(header.contains(column)) }
        #expect(!header.contains("deducted"))
        let note = lines.drop { !$0.hasPrefix("not shown at this width:") }.joined(separator: " ")
        #expect(note.hasPrefix("not shown at this width: initial, added, deducted,") && note.contains("--format csv or export keeps every column"))
        // Nothing is hidden from machine formats, whatever the terminal.
        sink.output = ""
        #expect(shell.execute("budget 2021 --format csv"))
        #expect(sink.output.hasPrefix("kind,year,classification,code,parent,depth,name,initial,added,deducted,revised,spent,cancelled,"))
    }

    @Test func messagesWrapInsteadOfBeingCut() throws {
        let (shell, sink) = try shell(width: 80)
        #expect(shell.execute("check --warn-only"))
        #expect(!sink.output.contains("…"))
        // The full explanation of PP4, over several lines of its column.
        let text = sink.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("realisation C/B gives 70.7965"))
    }

    @Test func tooNarrowForTheKeyColumnsShowsRecords() throws {
        let (shell, sink) = try shell(width: 40)
        #expect(shell.execute("indicators PP16"))
        let lines = sink.output.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(lines.contains { $0.hasPrefix(" code") && $0.hasSuffix("PP16") })
        #expect(lines.contains { $0.hasPrefix(" status") && $0.contains("Hedefe") })
    }
}


