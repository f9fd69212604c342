import Foundation
import Testing

/// External plugins end to end: adding, running, caching, and every fault the shell must survive.
@Suite("External plugins", .serialized)
struct PluginTests {
    let fixtures = "Tests/EndToEndTests/Fixtures/plugins"

    @Test func pythonPluginAddsACommandThatRunsAgainstTheScenario() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let ws = home.appendingPathComponent("w.sqlite").path
        let add = try SenaryoBinary.run(["--workspace", ws, "-c", "load SampleData/goc-idaresi-2021", "-c", "plugin add Plugins/examples/enflasyon.py"], home: home)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("added plugin enflasyon 1.0.0 (protocol 1): command `deflate`"))
        // A new session: help and completion know the command without launching anything.
        let help = try SenaryoBinary.run(["--workspace", ws, "-c", "help", "-c", "help deflate"], home: home)
        #expect(help.stdout.contains("Plugin enflasyon:\n  deflate"))
        #expect(help.stdout.contains("(from plugin enflasyon)"))
        let run = try SenaryoBinary.run(["--workspace", ws, "-c", "use goc-idaresi-2021", "-c", "scenario new enf", "-c", "deflate 2021 --path 2021=25 --apply",
                                         "-c", "scenario show --format csv", "-c", "deflate 2021 --path nonsense"], home: home)
        #expect(run.stdout.contains("1     Personel Giderleri               829.583.000    663.666.400,00"), "\(run.stdout)")
        #expect(run.stdout.contains("inflation 2021: 25%"), "the proposed operation is stored in the scenario")
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: --path: \"nonsense\" is not YEAR=PCT"))
    }

    @Test func swiftPluginWrittenWithPluginKit() throws {
        let plugin = SenaryoBinary.executable.deletingLastPathComponent().appendingPathComponent("senaryo-merhaba").path
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "load SampleData/goc-idaresi-2021", "-c", "plugin add \(plugin)",
                                            "-c", "merhaba Ayşe", "-c", "merhaba --format csv"])
        #expect(result.status == 0, "\(result.stderr)")
        // The run asks for CSV, so the greeting (a message) goes to stderr and stdout is the data.
        #expect(result.stderr.contains("Merhaba Ayşe: Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu."))
        #expect(result.stdout.contains("dataset,not_reached\ngoc-idaresi-2021,19\n"))
    }

    @Test func everyFaultIsAnErrorAndTheShellGoesOn() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let ws = home.appendingPathComponent("w.sqlite").path
        #expect(try SenaryoBinary.run(["--workspace", ws, "-c", "plugin add \(fixtures)/faulty.py"], home: home).status == 0)
        let script = ["crash", "datasets", "fine", "hang", "fine", "garbage", "fine", "flood", "fine", "wrong-id", "fine", "datasets"]
        let result = try SenaryoBinary.run(["--workspace", ws, "--keep-going", "--echo"], input: script.joined(separator: "\n") + "\n", merged: true,
                                           home: home, environment: ["SENARYO_PLUGIN_TIMEOUT": "1", "SENARYO_PLUGIN_MAX_OUTPUT": "200000"])
        let out = result.output
        #expect(out.contains("error: plugin faulty exited with status 3 before answering run"), "\(out)")
        #expect(out.contains("faulty: crashing as asked"), "stderr is shown")
        #expect(out.contains("error: plugin faulty did not answer run within 1 s"))
        #expect(out.contains("error: plugin faulty wrote something that is not a protocol message: this is not json"))
        #expect(out.contains("error: plugin faulty flooded its output (more than 200000 bytes for one answer)"))
        #expect(out.components(separatedBy: "fine, thank you").count == 6, "the plugin restarts after each fault")
        #expect(out.components(separatedBy: "did not answer run within 1 s").count == 3, "hang, and an answer to another request")
        #expect(out.components(separatedBy: "no datasets loaded").count == 3, "the shell runs the commands after the faults")
        #expect(result.status == 1)
    }

    @Test func anotherProtocolVersionIsRefusedClearly() throws {
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "plugin add \(fixtures)/oldproto.py"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("plugin oldproto.py speaks plugin protocol 2, Senaryo speaks 1"))
    }

    @Test func brokenRegistryEntryIsSkippedNotFatal() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let ws = home.appendingPathComponent("w.sqlite").path
        let copy = home.appendingPathComponent("enflasyon.py").path
        try FileManager.default.copyItem(atPath: "\(SenaryoBinary.packageRoot.path)/Plugins/examples/enflasyon.py", toPath: copy)
        #expect(try SenaryoBinary.run(["--workspace", ws, "-c", "plugin add \(copy)"], home: home).status == 0)
        try FileManager.default.removeItem(atPath: copy)
        let result = try SenaryoBinary.run(["--workspace", ws, "-c", "datasets", "-c", "plugin list"], home: home)
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: plugin enflasyon is skipped: its file \(copy) is gone"))
        #expect(result.stdout.contains("no datasets loaded"))
    }

    @Test func pluginPathIsDiscoveredOnceAndStartUpNeverLaunchesPlugins() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let ws = home.appendingPathComponent("w.sqlite").path
        let folder = home.appendingPathComponent("plugins")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(SenaryoBinary.packageRoot.path)/\(fixtures)/faulty.py", toPath: folder.appendingPathComponent("faulty.py").path)
        let log = home.appendingPathComponent("launches.log").path
        let environment = ["SENARYO_PLUGIN_PATH": folder.path, "FAULTY_LAUNCH_LOG": log]
        let first = try SenaryoBinary.run(["--workspace", ws, "-c", "help"], home: home, environment: environment)
        #expect(first.stdout.contains("Plugin faulty:"))
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "launch\n", "described once")
        for _ in 0..<3 { _ = try SenaryoBinary.run(["--workspace", ws, "-c", "help", "-c", "help fine"], home: home, environment: environment) }
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "launch\n", "start-up and help never launch a plugin")
        let used = try SenaryoBinary.run(["--workspace", ws, "-c", "fine", "-c", "fine"], home: home, environment: environment)
        #expect(used.stdout.components(separatedBy: "fine, thank you").count == 3)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "launch\nlaunch\n", "started on first use, then kept for the session")
    }

    @Test func pluginTestReportsConformance() throws {
        let good = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "plugin test Plugins/examples/enflasyon.py"])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("7 passed, 0 failed"))
        let bad = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "plugin test \(fixtures)/faulty.py"],
                                        environment: ["SENARYO_PLUGIN_TIMEOUT": "1", "SENARYO_PLUGIN_MAX_OUTPUT": "100000"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("FAIL    example"))
        #expect(bad.stderr.contains("error: the plugin fails"))
    }

    @Test func examplePluginsOwnTestsPass() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "unittest", "discover", "-s", "Plugins/examples", "-p", "test_*.py"]
        process.currentDirectoryURL = SenaryoBinary.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("OK"))
    }
}
