import Foundation
import Testing

/// Cram-style transcripts: each `Transcripts/*.t` file is the exact output of
/// `senaryo --workspace :memory: --echo --keep-going` fed the file's `> ` lines, so the file
/// reads as a session: each command, then what it printed (stdout and stderr, in order).
/// A last line `[exit N]` gives a non-zero exit status.
///
/// Set SENARYO_UPDATE_TRANSCRIPTS=1 to rewrite the files from the actual output (then review
/// the diff: an update must be a deliberate change).
@Suite("Transcripts")
struct TranscriptTests {
    static let directory = SenaryoBinary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Transcripts")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".t") }.sorted()
    }

    @Test("transcript", arguments: files)
    func transcript(_ name: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        let expected = try String(contentsOf: url, encoding: .utf8)
        let commands = expected.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "--echo", "--keep-going"],
                                           input: commands.joined(separator: "\n") + "\n", merged: true)
        var actual = result.output
        if result.status != 0 { actual += "[exit \(result.status)]\n" }
        if ProcessInfo.processInfo.environment["SENARYO_UPDATE_TRANSCRIPTS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(actual == expected, "\(name) differs:\n\(Self.diff(expected, actual))")
    }

    /// A short line diff for the failure message.
    static func diff(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(e.count, a.count) {
            let left = index < e.count ? String(e[index]) : nil, right = index < a.count ? String(a[index]) : nil
            if left != right {
                if let left { lines.append("- \(left)") }
                if let right { lines.append("+ \(right)") }
            }
        }
        return lines.prefix(40).joined(separator: "\n")
    }
}
