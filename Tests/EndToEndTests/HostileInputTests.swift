import Foundation
import Testing

/// The real program given input built to break it (issue 13): it reports, exits non-zero and
/// never crashes with a backtrace.
@Suite("Hostile input", .serialized)
struct HostileInputTests {
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
}
