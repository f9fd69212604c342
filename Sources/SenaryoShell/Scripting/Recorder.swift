import Foundation

/// Writes the session's successful commands to a script as they happen (`record FILE`), so a
/// replay rebuilds the same state. Each line is flushed at once: a killed session keeps its record.
final class Recorder {
    let path: String
    let changesOnly: Bool
    private let handle: FileHandle

    init(path: String, changesOnly: Bool, preamble: [String] = []) throws {
        self.path = path
        self.changesOnly = changesOnly
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw ScriptError("cannot write \(path)")
        }
        self.handle = handle
        write("# recorded by senaryo \(Launcher.version); replay with: senaryo \(Tokenizer.quoteForShell(path))")
        for line in preamble { write(line) }
    }

    func write(_ line: String) {
        handle.write(Data((line + "\n").utf8))
    }

    func close() {
        try? handle.close()
    }
}

import SenaryoKit

extension Tokenizer {
    static func quoteForShell(_ text: String) -> String { quote(text) }
}
