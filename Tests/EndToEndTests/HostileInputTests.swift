import Foundation
import Testing

/// The real program given input built to break it (issue 13): it reports, exits non-zero and
/// never crashes with a backtrace.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
    let fixtures = "Tests/EndToEndTests/Fixtures/plugins"

    /// Runs senaryo with stdout going to `output`; returns its status and stderr.
    func run(_ arguments: [String], stdout output: FileHandle) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = SenaryoBinary.executable
        process.arguments = arguments
        process.currentDirectoryURL = SenaryoBinary.packageRoot
        process.environment = SenaryoBinary.environment(home: SenaryoBinary.temporaryDirectory())
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "ended by a signal: \(text)")
        return (process.terminationStatus, text)
    }

    @Test func aFullDiskOnStdoutIsReportedNotACrash() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try run(["-w", ":memory:", "-c", "load SampleData/goc-idaresi-2021", "-c", "budget 2021"], stdout: full)
        #expect(result.status == 1)
        #expect(result.stderr == "senaryo: cannot write to standard output: No space left on device\n")
    }

    @Test func aClosedPipeEndsTheProgramQuietly() throws {
        // `senaryo -c budget | head -1`: the reader has gone.
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try run(["-w", ":memory:", "-c", "load SampleData/goc-idaresi-2021", "-c", "budget 2021"], stdout: pipe.fileHandleForWriting)
        #expect(result.status == 141)
        #expect(result.stderr == "")
    }

    @Test func aRecordThatCannotGrowStopsWithAnErrorAndFailsTheScript() throws {
        // A full disk, as a file-size limit makes it (prlimit: the limit is the child's alone).
        let home = SenaryoBinary.temporaryDirectory()
        let record = home.appendingPathComponent("r.senaryo").path
        var arguments = ["--fsize=1024", SenaryoBinary.executable.path, "-w", ":memory:", "-c", "record \(record)"]
        for index in 0..<40 { arguments += ["-c", "set x\(index) 0123456789012345678901234567890123456789"] }
        arguments += ["-c", "datasets"]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        try #require(FileManager.default.isExecutableFile(atPath: process.executableURL!.path), "prlimit (util-linux) is needed")
        process.arguments = arguments
        process.currentDirectoryURL = SenaryoBinary.packageRoot
        process.environment = SenaryoBinary.environment(home: home)
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "killed (SIGXFSZ): \(text)")
        #expect(process.terminationStatus == 1)
        #expect(text == "error: record: cannot write \(record): File too large; recording stopped\n", "\(text)")
        #expect(try FileManager.default.attributesOfItem(atPath: record)[.size] as? Int == 1024)
    }

    @Test func pluginProposalsAreCheckedAsTypedCommandsAre() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let ws = home.appendingPathComponent("w.sqlite").path
        let add = try SenaryoBinary.run(["--workspace", ws, "-c", "load SampleData/goc-idaresi-2021", "-c", "plugin add \(fixtures)/hostile.py"], home: home)
        #expect(add.status == 0, "\(add.stderr)")
        let result = try SenaryoBinary.run(["--workspace", ws, "--keep-going", "-c", "scenario new s --dataset goc-idaresi-2021",
                                            "-c", "huge PP16", "-c", "none", "-c", "ghost", "-c", "scenario show s --format csv"], home: home)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: plugin operation set_target: to \(String(repeating: "9", count: 38)) is beyond the supported range"), "\(result.stderr)")
        #expect(result.stderr.contains("error: plugin operation set_target selects no indicator (codes is empty)"), "\(result.stderr)")
        #expect(result.stderr.contains("no indicator NOPE in goc-idaresi-2021"), "\(result.stderr)")
        #expect(!result.stdout.contains("set_target") && !result.stdout.contains("target"), "nothing was stored:\n\(result.stdout)")
    }

    @Test func aPluginDeclaringAnArgumentTwiceIsRefusedAndACachedOneSkipped() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let ws = home.appendingPathComponent("w.sqlite").path
        let add = try SenaryoBinary.run(["--workspace", ws, "-c", "plugin add \(fixtures)/hostile.py"], home: home,
                                        environment: ["HOSTILE_DUPLICATE": "1"])
        #expect(add.status == 1)
        #expect(add.stderr.contains("plugin hostile's command huge declares the argument or option \"code\" twice"), "\(add.stderr)")
        // An entry cached before the check (written here by hand) is skipped at start, every start.
        #expect(try SenaryoBinary.run(["--workspace", ws, "-c", "plugin add \(fixtures)/hostile.py"], home: home).status == 0)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", ws, "UPDATE plugin SET signatures = replace(signatures, '\"name\":\"code\"}', '\"name\":\"code\"},{\"help\":\"again\",\"name\":\"code\"}')"]
        try sqlite.run()
        sqlite.waitUntilExit()
        try #require(sqlite.terminationStatus == 0)
        let start = try SenaryoBinary.run(["--workspace", ws, "-c", "help", "-c", "huge PP16"], home: home)
        #expect(start.stderr.contains("warning: plugin hostile is skipped: plugin hostile's command huge declares the argument or option \"code\" twice"), "\(start.stderr)")
        #expect(start.stderr.contains("error: unknown command huge"), "\(start.stderr)")
    }
}

/// Plugins that play with their pipes and children: deadlines hold, children go with them,
/// and answers are matched to the requests they answer (issue 13).
@Suite("Hostile plugins", .serialized)
struct HostilePluginTests {
    let plugin = "Tests/EndToEndTests/Fixtures/plugins/pipes.py"

    func workspace() throws -> (home: URL, path: String) {
        let home = SenaryoBinary.temporaryDirectory()
        let ws = home.appendingPathComponent("w.sqlite").path
        let add = try SenaryoBinary.run(["--workspace", ws, "-c", "plugin add \(plugin)"], home: home)
        #expect(add.status == 0, "\(add.stderr)")
        return (home, ws)
    }

    @Test func aPluginThatClosesItsOutputAndLivesOnIsStoppedAtOnce() throws {
        let (home, ws) = try workspace()
        let start = Date()
        // The shell waited for its exit for ever, deadline or not.
        let result = try SenaryoBinary.run(["--workspace", ws, "--keep-going", "-c", "close-stdout", "-c", "fine"], home: home,
                                           environment: ["SENARYO_PLUGIN_TIMEOUT": "60"])
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.stderr.contains("error: plugin pipes closed its output before answering run, and was stopped"), "\(result.stderr)")
        #expect(result.stdout.contains("fine: answered"), "the plugin restarts for the next command")
    }

    @Test func aPluginsChildrenAreStoppedWithIt() throws {
        let (home, ws) = try workspace()
        let log = home.appendingPathComponent("children.log").path
        let result = try SenaryoBinary.run(["--workspace", ws, "-c", "orphan"], home: home,
                                           environment: ["SENARYO_PLUGIN_TIMEOUT": "1", "PIPES_CHILD_LOG": log])
        #expect(result.stderr.contains("did not answer run within 1 s"), "\(result.stderr)")
        let pids = try String(contentsOfFile: log, encoding: .utf8).split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(pids.count == 2)
        Thread.sleep(forTimeInterval: 0.5)
        for pid in pids {
            // Gone, or a zombie nobody has reaped yet: not running.
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            let state = stat.split(separator: ")").last?.split(separator: " ").first
            #expect(stat.isEmpty || state == "Z", "process \(pid) outlived the shell: \(stat)")
            if !stat.isEmpty && state != "Z" { kill(pid, SIGKILL) }
        }
    }

    @Test func anAnswerSentAheadOfTimeIsDroppedWithAWarning() throws {
        let (home, ws) = try workspace()
        let result = try SenaryoBinary.run(["--workspace", ws, "-c", "ahead", "-c", "fine"], home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "ahead: answered\nfine: answered\n", "the stray answer was taken for the next command's")
        #expect(result.stderr.hasPrefix("warning: plugin pipes sent an answer to no pending request (id "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("); it was dropped\n"), "\(result.stderr)")
    }

    @Test func anEightMegabyteAnswerIsReadInLinearTime() throws {
        let (home, ws) = try workspace()
        let start = Date()
        // Merged: 8 MB on stdout would fill its pipe while stderr is read to its end first.
        let result = try SenaryoBinary.run(["--workspace", ws, "-c", "big"], merged: true, home: home, environment: ["SENARYO_PLUGIN_TIMEOUT": "60"])
        #expect(result.status == 0, "\(result.output.suffix(500))")
        #expect(result.output.utf8.count == 8 << 20 + 1)
        #expect(Date().timeIntervalSince(start) < 15, "8 MB took 30 s when each read rescanned the buffer")
    }
}
