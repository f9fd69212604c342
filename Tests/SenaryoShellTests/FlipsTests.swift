import BuiltinPlugins
import Foundation
import SenaryoShell
import SenaryoStore
import Testing

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Status flips only")
struct FlipsTests {
    @Test func whatIfCommandsAndCompareListOnlyTheFlipsWhenAsked() throws {
        let sink = CapturingSink()
        let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins, sink: sink, format: .csv)
        for line in ["load \(packageRoot.path)/SampleData/goc-idaresi-2021", "scenario new a"] { #expect(shell.execute(line)) }
        sink.output = ""
        #expect(shell.execute("actual PP12 +1% --flips"))  // 79.88 → 80.68: the rate flips, the roll-ups only move
        let rows = sink.output.split(separator: "\n").dropFirst()
        #expect(rows.count == 1 && rows.first?.hasPrefix("indicator,PP12,") == true && rows.first?.hasSuffix(",✱") == true, "\(sink.output)")
        sink.output = ""
        #expect(shell.execute("compare --changed"))
        #expect(sink.output.split(separator: "\n").count == 6)  // header + 5 moved rows
        sink.output = ""
        #expect(shell.execute("compare --flips"))
        #expect(sink.output.split(separator: "\n").count == 2)
    }
}
