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

/// A plugin command whose own arithmetic overflows (as figures of 37-digit amounts did).
private struct Overflowing: Command {
    let spec = CommandSpec(name: "overflowing", group: "Test", summary: "Add one to the largest decimal",
                           examples: [CommandExample("overflowing", "overflow")])
    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        .message("sum: \(ExactDecimal(significand: .max) + 1)")
    }
}

private struct TestPlugin: Plugin {
    let name = "test"
    let summary = "test commands"
    var commands: [any Command] { [ThreeTargets(), Overflowing()] }
}

/// A shell on an in-memory workspace with the Göç İdaresi sample loaded and scenario `s` in use.
private func shellWithScenario(plugins: [any Plugin] = builtinPlugins) throws -> (Shell, CapturingSink) {
    let sink = CapturingSink()
    let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: plugins, sink: sink)
    #expect(shell.execute("load \(packageRoot.path)/SampleData/goc-idaresi-2021"))
    #expect(shell.execute("scenario new s"))
    return (shell, sink)
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

    @Test func anOverflowInACommandIsAnErrorNamingItAndTheShellGoesOn() throws {
        let (shell, sink) = try shellWithScenario()
        #expect(!shell.execute("grow 2022 2200 45"))
        #expect(sink.errors.contains("error: a figure is beyond the 38-digit range of exact numbers (overflow in addition)"), "\(sink.errors)")
        #expect(!shell.execute("target PP16 = 99999999999999999999999999999999999999"))
        #expect(sink.errors.contains("PP16: the new target is beyond the supported range (below 10^24 in magnitude)"), "\(sink.errors)")
        #expect(try shell.workspace.scenario(named: "s")?.steps.isEmpty == true)
        #expect(shell.execute("budget 2021"), "the shell and the scenario are still usable")
    }

    @Test func anOverflowInAPluginsArithmeticIsAnErrorNotACrash() throws {
        let sink = CapturingSink()
        let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins + [TestPlugin()], sink: sink)
        #expect(!shell.execute("overflowing"))
        #expect(sink.errors == "error: overflowing: a figure is beyond the 38-digit range of exact numbers (overflow in addition)\n"
                + "  Senaryo computes exactly, with at most 38 digits: use smaller numbers\n")
        #expect(!sink.output.contains("sum:"), "nothing computed after the overflow is shown")
        #expect(shell.execute("datasets"))
    }

    @Test func acceptedArgumentsThatCrashedAreErrors() throws {
        let (shell, sink) = try shellWithScenario()
        #expect(!shell.execute("simulate 1000 --seed -1 vary actual:PP16 uniform 1 2 show indicator:PP16"))
        #expect(sink.errors.contains("error: --seed: expects a seed of 0 or more"), "\(sink.errors)")
        #expect(!shell.execute("simulate 10 vary actual:PP16 uniform 100000000000000000000000000000000000 100000000000000000000000000000000000 show indicator:PP16"))
        #expect(sink.errors.contains("is beyond the supported range"), "\(sink.errors)")
        #expect(shell.execute("settings bands 0 0"))
        #expect(!shell.execute("goalseek target PP16"))
        #expect(sink.errors.contains("the partially-reached band starts at 0 %"), "\(sink.errors)")
    }

    static let runaway = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"

    @Test func aRunawaySQLQueryStopsAtItsTimeLimit() throws {
        let sink = CapturingSink()
        let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins, sink: sink)
        #expect(shell.execute("settings sql-timeout 0.5"))
        #expect(sink.output.contains("sql-timeout 0.5"))
        let start = Date()
        #expect(!shell.execute("sql \"\(Self.runaway)\""))
        #expect(Date().timeIntervalSince(start) < 10, "it ran for ever")
        #expect(sink.errors.contains("error: sql: stopped after 0.5 s\n  a longer limit: settings sql-timeout SECONDS"), "\(sink.errors)")
        // Rows that come fast are stopped too (CSV takes every row).
        #expect(!shell.execute("sql \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c\" --format csv"))
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(shell.execute("sql \"SELECT 1 AS one\""), "the workspace is usable after")
        #expect(shell.execute("settings reset"))
        #expect(shell.sqlTimeout == 30)
        #expect(!shell.execute("settings sql-timeout 0"))
    }

    @Test func sqlCannotAttachAnotherFile() throws {
        let sink = CapturingSink()
        let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins, sink: sink)
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-attach-\(UUID().uuidString).sqlite").path
        #expect(!shell.execute("sql \"ATTACH '\(other)' AS other\""))
        #expect(sink.errors.contains("error: sql: ATTACH is refused: sql sees the workspace only"), "\(sink.errors)")
        #expect(!FileManager.default.fileExists(atPath: other), "ATTACH created the file")
        #expect(!shell.execute("sql \"DETACH main\""))
        #expect(shell.execute("sql \"SELECT count(*) AS n FROM pragma_database_list\" --format csv"))
        #expect(sink.output.hasSuffix("n\n1\n"), "only the workspace is attached: \(sink.output)")
    }

    @Test func aSweepOfAMillionPointsIsRefusedBeforeItStarts() throws {
        let (shell, sink) = try shellWithScenario()
        let start = Date()
        #expect(!shell.execute("sweep actual:PP16 0..999 step 1 x target:PP16 1..1000 step 1 show indicator:PP16"))
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(sink.errors.contains("error: 1000 × 1000 = 1000000 points, more than 10000: use larger steps"), "\(sink.errors)")
        #expect(shell.execute("sweep actual:PP16 0..99 step 1 x target:PP16 1..100 step 1 show indicator:PP16 --format csv"))
    }

    @Test func filesAreWrittenWholeOnlyToRegularFilesAndReplacedOnlyWhenAsked() throws {
        let (shell, sink) = try shellWithScenario()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let victim = folder.appendingPathComponent("victim.txt").path
        try "precious\n".write(toFile: victim, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        // A link is not followed (it replaced the file it led to), a device is not replaced by a file.
        #expect(!shell.execute("export \(link) \"budget 2021\""))
        #expect(sink.errors.contains("error: \(link) is a symbolic link: nothing was written"), "\(sink.errors)")
        #expect(!shell.execute("history save \(link) --force"))
        #expect(!shell.execute("record \(link) --force"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == victim)
        #expect(!shell.execute("export /dev/null \"budget 2021\" --force"))
        #expect(sink.errors.contains("error: /dev/null is not a regular file (a folder, a device or a pipe): nothing was written"))
        // An existing file: a script must say --force (nobody can be asked).
        #expect(!shell.execute("export \(victim) \"budget 2021\""))
        #expect(sink.errors.contains("error: \(victim) exists: nothing was written\n  pass --force to replace it"), "\(sink.errors)")
        #expect(!shell.execute("history save \(victim)"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: victim)
        #expect(shell.execute("export \(victim) \"budget 2021\" --force"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8).contains("Personel Giderleri"), "replaced")
        #expect(try FileManager.default.attributesOfItem(atPath: victim)[.posixPermissions] as? Int == 0o640, "its mode kept")
        #expect(shell.execute("export \(folder.path)/b.xlsx \"budget 2021\""))
        #expect(shell.execute("history save \(folder.path)/h.senaryo"))
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["b.xlsx", "h.senaryo", "link.csv", "victim.txt"])
    }

    @Test func anEqualsSignApartSetsANegativeValue() throws {
        let (shell, _) = try shellWithScenario()
        #expect(shell.execute("target PP16 = -5"))
        #expect(shell.execute("actual PP16 = -3.2"))
        #expect(shell.execute("target PP17 =-7"))
        #expect(shell.execute("target PP18 -10%"))
        let operations = try #require(try shell.workspace.scenario(named: "s")).operations
        #expect(operations == [
            .setTarget(IndicatorSelection(codes: ["PP16"]), .to(ExactDecimal("-5")!)),
            .setActual(IndicatorSelection(codes: ["PP16"]), .to(ExactDecimal("-3.2")!)),
            .setTarget(IndicatorSelection(codes: ["PP17"]), .to(ExactDecimal("-7")!)),
            .setTarget(IndicatorSelection(codes: ["PP18"]), .byPercent(ExactDecimal("-10")!)),
        ])
    }

    @Test func controlCharactersInDatasetTextAreShownEscaped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-esc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "format: senaryo-dataset/1\nid: esc\ninstitution: \"X\\e]0;owned\\a İdaresi\"\ntitle: T\nkind: strategic-plan\n"
            .write(to: folder.appendingPathComponent("dataset.yaml"), atomically: true, encoding: .utf8)
        try "code,level,title\nA1,aim,\"Göç\u{1B}[2J\u{9B}31m\"\n".write(to: folder.appendingPathComponent("goals.csv"), atomically: true, encoding: .utf8)
        let sink = CapturingSink()
        let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins, sink: sink)
        #expect(shell.execute("load \(folder.path)"), "\(sink.errors)")
        #expect(shell.execute("goals"))
        #expect(shell.execute("datasets"))
        let shown = sink.output + sink.errors
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }, "raw control characters reached the terminal")
        #expect(shown.contains("Göç\\x1B[2J\\x9B31m"), "\(shown)")
        #expect(shown.contains("X\\x1B]0;owned\\x07 İdaresi"), "\(shown)")
        // Machine formats keep the data as it is (CSV quotes it; it goes to a file or a program).
        sink.output = ""
        #expect(shell.execute("goals --format csv"))
        #expect(sink.output.contains("Göç\u{1B}[2J\u{9B}31m"))
        // An error quoting a cell does not pass its escapes on either.
        try "code,year,name,target\nPG1,2021,A,\"1\u{1B}[31m\"\n".write(to: folder.appendingPathComponent("indicators.csv"), atomically: true, encoding: .utf8)
        #expect(!shell.execute("load \(folder.path) --replace"))
        #expect(sink.errors.contains("\"1\\x1B[31m\" is not a number"), "\(sink.errors)")
        #expect(!sink.errors.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func manyExtraColumnsAreShownInLinearTime() throws {
        // Each row looked each column up by name: a million columns took `goals` 15 minutes.
        let columns = 30_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-wide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "format: senaryo-dataset/1\nid: wide\ninstitution: X\ntitle: T\nkind: strategic-plan\n"
            .write(to: folder.appendingPathComponent("dataset.yaml"), atomically: true, encoding: .utf8)
        let names = (0..<columns).map { "x\($0)" }
        var goals = "code,level,title," + names.joined(separator: ",") + "\n"
        for row in 0..<5 { goals += "A\(row),aim,t," + (0..<columns).map { "\($0 % 10)" }.joined(separator: ",") + "\n" }
        try goals.write(to: folder.appendingPathComponent("goals.csv"), atomically: true, encoding: .utf8)
        let sink = CapturingSink()
        let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins, sink: sink)
        #expect(shell.execute("load \(folder.path)"), "\(sink.errors)")
        let start = Date()
        #expect(shell.execute("goals --format csv"))
        #expect(Date().timeIntervalSince(start) < 10, "quadratic in the columns")
        #expect(sink.output.contains(",x29999\n"))
        #expect(sink.output.hasSuffix(",7,8,9\n"))
    }
}

