import Foundation

/// Runs the real `senaryo` executable built by `swift build`, as a planner's shell would.
enum SenaryoBinary {
    /// The package root: test inputs refer to `SampleData/...` relative to it.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("senaryo"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("senaryo"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("senaryo"),
            packageRoot.appendingPathComponent(".build/debug/senaryo"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    struct Result {
        var output: String   // stdout and stderr, interleaved as written
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// A clean environment: fixed locale, no colour, a private HOME so nothing of the
    /// developer's leaks in or is touched.
    static func environment(home: URL) -> [String: String] {
        [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "1", "TERM": "dumb",
            // Sessions on a pseudo-terminal read their output, not a pager's (PagerTests set one).
            "PAGER": "cat",
            // python3 for the Python plugins: wherever this machine has it.
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `senaryo arguments...` with `input` on stdin; `merged` puts stderr into the same pipe
    /// as stdout so their order is kept.
    static func run(_ arguments: [String], input: String = "", merged: Bool = false, home: URL? = nil,
                    environment extra: [String: String] = [:], directory: URL = packageRoot) throws -> Result {
        let home = home ?? temporaryDirectory()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(home: home).merging(extra) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = merged ? stdout : Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let errorData = merged ? Data() : stderr.fileHandleForReading.readDataToEndOfFile()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let out = String(decoding: outputData, as: UTF8.self), err = String(decoding: errorData, as: UTF8.self)
        return Result(output: merged ? out : out + err, stdout: out, stderr: err, status: process.terminationStatus)
    }
}
