import Foundation
import SenaryoKit
import SenaryoStore

/// A cram-style transcript: `> command` lines, each followed by the output expected from it
/// (standard output and errors, in order). An expected line ending in ` (re)` is a regular
/// expression the whole actual line must match; a last line `[exit N]` expects exit status N
/// (a transcript in which any command fails ends `[exit 1]`).
///
/// Replayed in a fresh in-memory workspace, with no colour, no terminal width and default
/// settings, so the same transcript gives byte-identical output on every machine.
public struct Transcript {
    public let path: String
    public let text: String

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ScriptError("cannot read transcript \(path)")
        }
        self.path = path
        self.text = text
    }

    /// The commands, in order.
    public var commands: [String] {
        lines(text).filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
    }

    /// What replaying it gives.
    public struct Result {
        public var actual: String
        /// Empty when the transcript passed.
        public var diff: String
        public var passed: Bool { diff.isEmpty }
        /// The file as `--update` would write it: the actual output, keeping regex lines that still match.
        public var updated: String
    }

    public func replay(plugins: [any Plugin]) throws -> Result {
        let sink = MergedSink()
        let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: plugins, sink: sink)
        var failed = false
        for command in commands where !shell.quitRequested {
            sink.write("> \(command)\n")
            if !shell.execute(command) { failed = true }
        }
        if failed { sink.write("[exit 1]\n") }
        let expected = lines(text), actual = lines(sink.text)
        // An expected regex line corresponds to the actual line it matches, wherever the
        // alignment puts it (not only at the same index: earlier lines may be missing).
        let equal = { (expected: String, actual: String) in expected == actual || Self.matches(pattern: expected, actual) }
        let diff = UnifiedDiff.make(expected: expected, actual: actual, equal: equal)
        // `--update` writes the actual output, keeping the regex lines that still match.
        let updated = UnifiedDiff.edits(expected: expected, actual: actual, equal: equal).compactMap { entry -> String? in
            switch entry.edit {
            case .same(let expected, _): expected
            case .added(let line): line
            case .removed: nil
            }
        }
        return Result(actual: sink.text, diff: diff, updated: updated.map { $0 + "\n" }.joined())
    }

    private func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func matches(pattern line: String, _ actual: String) -> Bool {
        guard line.hasSuffix(" (re)") else { return false }
        let pattern = "^(?:" + line.dropLast(5) + ")$"
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: actual, range: NSRange(actual.startIndex..., in: actual)) != nil
    }
}

/// Collects standard output and errors in the order they were written.
final class MergedSink: OutputSink {
    private(set) var text = ""
    func write(_ text: String) { self.text += text }
    func writeError(_ text: String) { self.text += text }
}
