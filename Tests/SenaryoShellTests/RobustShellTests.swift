import BuiltinPlugins
import Foundation
import SenaryoEngine
import SenaryoKit
import SenaryoShell
import SenaryoStore
import Testing

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A plugin command proposing several operations at once, as an external plugin may.
private struct ThreeTargets: Command {
    let spec = CommandSpec(name: "three-targets", group: "Test", summary: "Propose three target changes",
                           examples: [CommandExample("three-targets", "three operations")])
    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let operations = ["80000", "81000", "82000"].map { ScenarioOperation.setTarget(IndicatorSelection(codes: ["PP16"]), .to(ExactDecimal($0)!)) }
        return CommandOutput([.message("three")], operations: operations)
    }
}

private struct TestPlugin: Plugin {
    let name = "test"
    let summary = "test commands"
    var commands: [any Command] { [ThreeTargets()] }
}

@Suite("Shell: robustness", .serialized)
struct RobustShellTests {
    @Test func theOperationsOfOneCommandAreStoredInOneTransaction() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-tx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("w.sqlite").path
        let sink = CapturingSink()
        let shell = Shell(workspace: try Workspace(path: path), plugins: builtinPlugins + [TestPlugin()], sink: sink)
        #expect(shell.execute("load \(packageRoot.path)/SampleData/goc-idaresi-2021"))
        #expect(shell.execute("scenario new s"))
        // The third insert fails, as a kill or a full disk part-way would end it.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", path, "CREATE TRIGGER fail_third BEFORE INSERT ON scenario_step WHEN NEW.position = 2 BEGIN SELECT RAISE(ABORT, 'disk gone'); END;"]
        try sqlite.run()
        sqlite.waitUntilExit()
        try #require(sqlite.terminationStatus == 0, "sqlite3 is needed for this test")
        #expect(!shell.execute("three-targets"))
        #expect(sink.errors.contains("disk gone"), "\(sink.errors)")
        #expect(try shell.workspace.scenario(named: "s")?.steps.isEmpty == true, "none of the command's operations is kept")
    }
}
