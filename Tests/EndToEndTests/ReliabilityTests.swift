import Foundation
import Testing

/// A kill at any moment loses nothing, and two shells share a workspace.
@Suite("Reliability", .serialized)
struct ReliabilityTests {
    /// A dataset big enough that loading it takes a while (generated, like the benchmarks').
    static func bigDataset(lines: Int) throws -> URL {
        let folder = SenaryoBinary.temporaryDirectory().appendingPathComponent("big")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/bench/generate-national.py", folder.path, "--budget", String(lines), "--indicators", "1000"]
        process.currentDirectoryURL = SenaryoBinary.packageRoot
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return folder
    }

    @Test func killedDuringALoadTheWorkspaceKeepsItsLastCommittedState() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let ws = home.appendingPathComponent("w.sqlite").path
        #expect(try SenaryoBinary.run(["--workspace", ws, "-c", "load SampleData/iletisim-sp-2020-2024"], home: home).status == 0)
        let big = try Self.bigDataset(lines: 150_000)
        for delay in [0.2, 0.6, 1.2] {
            let process = Process()
            process.executableURL = SenaryoBinary.executable
            process.arguments = ["--workspace", ws, "-c", "load \(big.path) --replace"]
            process.environment = SenaryoBinary.environment(home: home)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try SenaryoBinary.run(["--workspace", ws, "-c", "datasets --format csv"], home: home)
            #expect(after.status == 0, "workspace unusable after a kill at \(delay) s: \(after.stderr)")
            #expect(after.stdout.contains("iletisim-sp-2020-2024"), "the dataset loaded before is still there")
            // The big dataset is either wholly there or not at all.
            if after.stdout.contains("ulusal-2023") {
                #expect(after.stdout.contains(",150000,"), "a partly loaded dataset:\n\(after.stdout)")
            }
        }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sqlite3", ws, "PRAGMA integrity_check"]
        let pipe = Pipe()
        check.standardOutput = pipe
        if (try? check.run()) != nil {
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            check.waitUntilExit()
            if check.terminationStatus == 0 { #expect(output == "ok\n") }
        }
    }

    @Test func twoShellsOnOneWorkspace() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let ws = home.appendingPathComponent("w.sqlite").path
        #expect(try SenaryoBinary.run(["--workspace", ws, "-c", "load SampleData/iletisim-sp-2020-2024"], home: home).status == 0)
        let big = try Self.bigDataset(lines: 60_000)
        let writer = Process()
        writer.executableURL = SenaryoBinary.executable
        writer.arguments = ["--workspace", ws, "-c", "load \(big.path)", "-c", "scenario new s --dataset ulusal-2023"]
        writer.environment = SenaryoBinary.environment(home: home)
        writer.standardOutput = FileHandle.nullDevice
        try writer.run()
        // Meanwhile a second shell reads (and writes a scenario of the other dataset).
        var reads = 0
        while writer.isRunning && reads < 50 {
            let reader = try SenaryoBinary.run(["--workspace", ws, "-c", "goals --dataset iletisim-sp-2020-2024 --format csv"], home: home)
            #expect(reader.status == 0, "\(reader.stderr)")
            reads += 1
        }
        let second = try SenaryoBinary.run(["--workspace", ws, "-c", "scenario new t --dataset iletisim-sp-2020-2024"], home: home)
        #expect(second.status == 0, "\(second.stderr)")
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let list = try SenaryoBinary.run(["--workspace", ws, "-c", "scenario list --format csv"], home: home)
        #expect(list.stdout.contains(",s,ulusal-2023,") && list.stdout.contains(",t,iletisim-sp-2020-2024,"))
    }
}
